import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, ownCustomer, ReadsCustomers, Tenant } from '@loket/server/platform';
import { PortalMeDto, UpdatePreferencesDto } from './dto/customer.dto';
import { CustomersService } from './customers.service';

/** The tenant's own record. The customer id always comes from the session, never from the request. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal')
export class PortalCustomerController {
  constructor(private readonly customers: CustomersService) {}

  @Get('me')
  @Tenant()
  @ReadsCustomers('portal', ownCustomer)
  @ApiOkResponse({ type: PortalMeDto })
  me(@CurrentActor() actor: Actor): Promise<PortalMeDto> {
    return this.customers.portalMe(actor);
  }

  @Patch('preferences')
  @Tenant()
  @ApiOkResponse({ type: PortalMeDto })
  @ApiProblems(400)
  updatePreferences(@CurrentActor() actor: Actor, @Body() body: UpdatePreferencesDto): Promise<PortalMeDto> {
    return this.customers.updatePreferences(actor, body);
  }
}
