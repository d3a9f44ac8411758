import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Client, CurrentActor, ReadsCustomers, type Actor } from '@loket/server/platform';
import { ChangePageDto, ChangesQueryDto, ContactmomentPageDto, ContactmomentenQueryDto, EVENT_DATA_MODELS } from './feed.dto';
import { IntegrationFeedService } from './feed.service';

/** Pull for the ERP: what changed in Loket, and the contacts as VERA Contactmomenten. Integration clients only. */
@ApiTags('integrations')
@ApiBearerAuth()
@ApiExtraModels(...EVENT_DATA_MODELS)
@Controller('integrations')
export class IntegrationFeedController {
  constructor(private readonly feed: IntegrationFeedService) {}

  @Get('changes')
  @Client('wijzigingen.read')
  @ReadsCustomers<ChangePageDto>('changes', (page) => page.items.map((i) => i.customer?.id))
  @ApiOperation({
    summary: 'Wijzigingen ophalen',
    description:
      'De wijzigingenstroom voor een ERP dat geen webhooks kan ontvangen: dezelfde gebeurtenissen als de webhooks (contact.logged, case.opened, ' +
      'case.forwarded, case.resolved, callback.created, callback.escalated, callback.completed, customer.updated), in één vaste volgorde. ' +
      'Poll met de laatste cursor: geef de nextCursor van het vorige antwoord mee. nextCursor is er altijd; is er niets nieuws, dan blijft hij gelijk. ' +
      'Een gebeurtenis verschijnt pas als de transactie waarin hij ontstond is afgerond, dus een cursor slaat nooit iets over. ' +
      'Het schema van data hangt af van type (ContactLoggedEventDto, CaseOpenedEventDto, …). customer noemt de relatie met de idExtern van nu; ' +
      'data.relatie noemt die van het moment zelf. Scope: wijzigingen.read. Een cursor die niet van deze API komt geeft 400.',
  })
  @ApiOkResponse({ type: ChangePageDto })
  @ApiProblems(400)
  changes(@CurrentActor() actor: Actor, @Query() q: ChangesQueryDto): Promise<ChangePageDto> {
    return this.feed.changes(actor, q);
  }

  @Get('contactmomenten')
  @Client('contactmomenten.read')
  @ReadsCustomers<ContactmomentPageDto>('contactmomenten', (page) => page.items.map((i) => i.relatie.id))
  @ApiOperation({
    summary: 'Contactmomenten ophalen',
    description:
      'De contacten van de corporatie als VERA Contactmoment (domein Relaties): kanaal en richting als VERA-referentiedata ' +
      '(COMMUNICATIEKANAAL, COMMUNICATIERICHTING) met code en naam, soort (het onderwerp uit de eigen lijst), onderwerp (de vraag), ' +
      'tekst (de samenvatting, nooit de interne notitie), datum, relatie (id en idExtern) en zaak. Een kanaal zonder VERA-code (sociale media) ' +
      'heeft kanaal null, met loketKanaal ernaast. In de volgorde van vastleggen; since beperkt tot wat op of na dat moment is vastgelegd. ' +
      'Poll met de laatste cursor (nextCursor is er altijd). Voor een stroom zonder gaten, ook bij gelijktijdige vastleggingen: GET /integrations/changes. ' +
      'Scope: contactmomenten.read.',
  })
  @ApiOkResponse({ type: ContactmomentPageDto })
  @ApiProblems(400)
  contactmomenten(@CurrentActor() actor: Actor, @Query() q: ContactmomentenQueryDto): Promise<ContactmomentPageDto> {
    return this.feed.contactmomenten(actor, q);
  }
}
