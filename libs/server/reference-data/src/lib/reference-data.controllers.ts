import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, Authenticated, CurrentActor, CUSTOMER_STAFF, ShowsNoCustomerData, Staff, STAFF_ROLES_ALL } from '@loket/server/platform';
import { CreateTeamDto, CreateTopicDto, LocationListDto, PutTeamMembersDto, TeamDto, TeamListDto, TeamMemberListDto, TopicDto, TopicListDto, UpdateTeamDto, UpdateTopicDto } from './dto/reference-data.dto';
import { LocationsService } from './locations.service';
import { TeamsService } from './teams.service';
import { TopicsService } from './topics.service';

@ApiTags('topics')
@ApiBearerAuth()
@Controller('topics')
@ShowsNoCustomerData()
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  /** Staff and tenants both pick from this list (a tenant chooses a topic when asking a question). */
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: TopicListDto })
  async list(@CurrentActor() actor: Actor): Promise<TopicListDto> {
    return { items: await this.topics.topics(actor.organizationId, actor.kind === 'staff' && actor.roles.includes('admin')) };
  }

  @Post()
  @Staff('admin')
  @ApiCreatedResponse({ type: TopicDto })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateTopicDto): Promise<TopicDto> {
    return this.topics.create(actor, body);
  }

  @Patch(':id')
  @Staff('admin')
  @ApiOkResponse({ type: TopicDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateTopicDto): Promise<TopicDto> {
    return this.topics.update(actor, id, body);
  }
}

@ApiTags('locations')
@ApiBearerAuth()
@Controller('locations')
@ShowsNoCustomerData()
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Get()
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: LocationListDto })
  async list(@CurrentActor() actor: Actor): Promise<LocationListDto> {
    return { items: await this.locations.locations(actor.organizationId) };
  }
}

@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
@ShowsNoCustomerData()
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  /** The organization's teams (to assign a callback to a team's queue). */
  @Get()
  @Staff(...STAFF_ROLES_ALL)
  @ApiOkResponse({ type: TeamListDto, description: 'The teams with lead, manager and members' })
  async list(@CurrentActor() actor: Actor): Promise<TeamListDto> {
    return { items: await this.teams.teams(actor.organizationId) };
  }

  @Post()
  @Staff('admin')
  @ApiCreatedResponse({ type: TeamDto })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeamDto): Promise<TeamDto> {
    return this.teams.create(actor, body);
  }

  /** Admins change name, lead and manager; the team's lead may rename it. */
  @Patch(':id')
  @Staff('team_lead', 'admin')
  @ApiOkResponse({ type: TeamDto })
  @ApiProblems(400, 404, 409)
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateTeamDto): Promise<TeamDto> {
    return this.teams.update(actor, id, body);
  }

  @Get(':id/members')
  @Staff(...STAFF_ROLES_ALL)
  @ApiOkResponse({ type: TeamMemberListDto })
  @ApiProblems(404)
  async members(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<TeamMemberListDto> {
    return { items: await this.teams.members(actor.organizationId, id) };
  }

  /** Admins, or the team's own lead: the whole list of members. */
  @Put(':id/members')
  @Staff('team_lead', 'admin')
  @ApiOkResponse({ type: TeamDto })
  @ApiProblems(400, 404)
  putMembers(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: PutTeamMembersDto): Promise<TeamDto> {
    return this.teams.putMembers(actor, id, body.userIds);
  }
}
