import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, ShowsNoCustomerData, Staff, STAFF_ROLES_ALL } from '@loket/server/platform';
import { TeamListDto } from './dto/teams.dto';
import { DirectoryService } from './directory.service';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
@ShowsNoCustomerData()
export class TeamsController {
  constructor(private readonly directory: DirectoryService) {}

  /** The organization's teams (to assign a callback to a team's queue). */
  @Get()
  @Staff(...STAFF_ROLES_ALL)
  @ApiOkResponse({ type: TeamListDto, description: 'The teams with lead, manager and members' })
  async list(@CurrentActor() actor: Actor): Promise<TeamListDto> {
    return { items: await this.directory.teams(actor.organizationId) };
  }
}
