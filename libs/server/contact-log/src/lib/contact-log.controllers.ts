import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, customerInPath, ownCustomer, ReadsCustomers, Staff, Tenant,
} from '@loket/server/platform';
import {
  AskQuestionDto, CreateContactDto, ListCasesQueryDto, PageQueryDto, ResolveCaseDto, UpdateCaseDto,
} from './dto/contact-log.dto';
import {
  CasePageDto, CaseWithContactsDto, ContactDto, PortalCaseDto, PortalFileDto, TimelinePageDto,
} from './dto/responses.dto';
import { LoggedContactDto } from './dto/logged-contact.dto';
import { ContactLogService } from './contact-log.service';

@ApiTags('contact-log')
@ApiBearerAuth()
@Controller()
export class ContactLogController {
  constructor(private readonly log: ContactLogService) {}

  @Post('contacts')
  @Staff(...CUSTOMER_STAFF)
  @ApiCreatedResponse({ type: LoggedContactDto })
  @ApiProblems(400, 404, 409)
  logContact(@CurrentActor() actor: Actor, @Body() body: CreateContactDto): Promise<LoggedContactDto> {
    return this.log.logContact(actor, body);
  }

  @Get('contacts/:id')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<ContactDto>('contact', (contact) => [contact.customerId])
  @ApiOkResponse({ type: ContactDto })
  @ApiProblems(400, 404)
  contact(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ContactDto> {
    return this.log.getContact(actor, id);
  }

  @Get('cases')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CasePageDto>('cases', (page) => page.items.map((c) => c.customerId))
  @ApiOkResponse({ type: CasePageDto })
  @ApiProblems(400)
  cases(@CurrentActor() actor: Actor, @Query() query: ListCasesQueryDto): Promise<CasePageDto> {
    return this.log.listCases(actor, query);
  }

  @Get('cases/:id')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CaseWithContactsDto>('case', (k) => [k.customerId])
  @ApiOkResponse({ type: CaseWithContactsDto })
  @ApiProblems(400, 404)
  getCase(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CaseWithContactsDto> {
    return this.log.getCase(actor, id);
  }

  @Patch('cases/:id')
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CaseWithContactsDto })
  @ApiProblems(400, 404, 409)
  updateCase(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: UpdateCaseDto): Promise<CaseWithContactsDto> {
    return this.log.updateCase(actor, id, body);
  }

  @Post('cases/:id/resolve')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CaseWithContactsDto })
  @ApiProblems(400, 404, 409)
  resolve(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ResolveCaseDto): Promise<CaseWithContactsDto> {
    return this.log.resolveCase(actor, id, body);
  }

  @Get('customers/:id/timeline')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers('timeline', customerInPath)
  @ApiOkResponse({ type: TimelinePageDto })
  @ApiProblems(400, 404)
  timeline(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: PageQueryDto): Promise<TimelinePageDto> {
    return this.log.timeline(actor, id, query.limit ?? 50, query.cursor);
  }
}

/** The tenant's own file: the customer id comes from the session, never from the request. */
@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal')
export class PortalFileController {
  constructor(private readonly log: ContactLogService) {}

  @Get('file')
  @Tenant()
  @ReadsCustomers('portal', ownCustomer)
  @ApiOkResponse({ type: PortalFileDto })
  file(@CurrentActor() actor: Actor): Promise<PortalFileDto> {
    return this.log.portalFile(actor);
  }

  @Get('cases')
  @Tenant()
  @ReadsCustomers('portal', ownCustomer)
  @ApiOkResponse({ type: PortalFileDto })
  cases(@CurrentActor() actor: Actor): Promise<PortalFileDto> {
    return this.log.portalFile(actor);
  }

  @Get('cases/:id')
  @Tenant()
  @ReadsCustomers('portal', ownCustomer)
  @ApiOkResponse({ type: PortalCaseDto })
  @ApiProblems(400, 404)
  case(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<PortalCaseDto> {
    return this.log.portalCase(actor, id);
  }

  @Post('cases')
  @Tenant()
  @ApiCreatedResponse({ type: PortalCaseDto })
  @ApiProblems(400)
  ask(@CurrentActor() actor: Actor, @Body() body: AskQuestionDto): Promise<PortalCaseDto> {
    return this.log.askQuestion(actor, body);
  }
}
