import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import {
  Actor, ApiProblems, Client, CurrentActor, DomainError, NotFoundError, ShowsNoCustomerData, ValidationFailedError, fieldMessage, preferredLanguage,
  PROBLEM_DETAILS, problemDetail, type ProblemDetailKey,
} from '@loket/server/platform';
import { ExternalRecordsService, parseIfMatch, type IfVersion, type UpsertActor } from '@loket/server/customers';
import { isFieldErrorCode } from '@loket/shared/contracts';
import { EenheidUpsertDto, HistoryPageDto, HistoryQueryDto, HuurovereenkomstUpsertDto, RelatieUpsertDto, UpsertResponseDto } from './erp.dto';
import { BatchAcceptedDto, BatchLinesPageDto, BatchLinesQueryDto, BatchStatusDto } from './batch.dto';
import { ErpUpsertsService, type RecordDto } from './erp-upserts.service';
import { BatchService } from './batch.service';
import { ID_EXTERN, veraChanges, type RecordKind } from './erp-mapping';

const ID_EXTERN_PARAM = {
  name: 'idExtern',
  description: "De sleutel van het gegeven in het ERP (VERA idExtern): de unieke, primaire sleutel in het bronsysteem, per organisatie en soort gegeven. 1–64 tekens, geen schuine streep.",
  example: 'R-000123',
};
const IF_MATCH = {
  name: 'If-Match',
  required: false,
  description: 'De versie waarop deze wijziging voortbouwt (de ETag van het vorige antwoord, bijv. "3"). Is het gegeven intussen gewijzigd, dan 412 en wordt er niets opgeslagen.',
};
const UPSERT_RULES =
  'Idempotent: hetzelfde bericht twee keer geeft één wijziging; het tweede antwoord is `unchanged`. Elk gegeven heeft een versie (ETag); ' +
  'stuur If-Match om een verouderde wijziging te weigeren (412). Een einddatum beëindigt het gegeven; niets uit het ERP wordt verwijderd. ' +
  'Elke wijziging staat in de historie van het gegeven (wie, wanneer, welk veld van oud naar nieuw). Antwoord: 201 (created) of 200 (updated, unchanged).';

const CLIENT_WRITES = ['relaties.write', 'vastgoed.write', 'overeenkomsten.write'] as const;

/** The answers' `ETag`: the record's version. */
const etag = (version: number) => `"${version}"`;

function ifVersionOf(header: string | undefined): IfVersion {
  const parsed = parseIfMatch(header);
  if (parsed === 'invalid') throw new ValidationFailedError([{ field: 'If-Match', code: 'invalid_format' }]);
  return parsed;
}

function checkIdExtern(idExtern: string): void {
  if (!ID_EXTERN.test(idExtern)) throw new ValidationFailedError([{ field: 'idExtern', code: 'invalid_format' }]);
}

function upsertActor(actor: Actor): UpsertActor {
  return { organizationId: actor.organizationId, actorId: actor.userId, actorKind: actor.kind };
}

/**
 * The ERP's writes, keyed by its own ids (VERA idExtern): relaties, eenheden and
 * huurovereenkomsten one by one (PUT) or in a batch load (NDJSON), and the history of each record.
 */
@ApiTags('integrations')
@ApiBearerAuth()
@Controller('integrations')
export class ErpController {
  constructor(
    private readonly upserts: ErpUpsertsService,
    private readonly batches: BatchService,
    private readonly records: ExternalRecordsService,
  ) {}

  private async put(actor: Actor, kind: RecordKind, idExtern: string, body: RecordDto, ifMatch: string | undefined, reply: FastifyReply): Promise<UpsertResponseDto> {
    checkIdExtern(idExtern);
    const result = await this.upserts.upsertOne(upsertActor(actor), kind, idExtern, body, ifVersionOf(ifMatch));
    void reply.status(result.resultaat === 'created' ? 201 : 200).header('etag', etag(result.versie));
    return result;
  }

  @Put('customers/:idExtern')
  @Client('relaties.write')
  @ShowsNoCustomerData()
  @ApiOperation({
    summary: 'Relatie (natuurlijk persoon) opslaan op idExtern',
    description:
      'Maakt of werkt een klant bij zoals het ERP hem kent: naam (voornaam, voorletters, tussenvoegsels, achternaam), geboortedatum, e-mailadres, ' +
      'telefoonnummers, adres en de rol in het huishouden (VERA RELATIEROLSOORT, bijv. HUU huurder, MDH medehuurder). ' +
      'Kent Loket de idExtern nog niet, dan zoekt Loket een klant die de corporatie met de hand aanmaakte op klantnummer (code), e-mailadres of ' +
      'telefoonnummer: bij precies één overeenkomst wordt die klant gekoppeld, bij meer kandidaten of een klant met een andere idExtern volgt 409 ' +
      'met per veld het klantnummer waarmee het overeenkwam, en wordt niets opgeslagen. Een gewiste klant (AVG) krijgt geen persoonsgegevens meer: 410. ' +
      UPSERT_RULES + ' Scope: relaties.write.',
  })
  @ApiParam(ID_EXTERN_PARAM)
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: UpsertResponseDto, description: 'Nieuw: de klant is aangemaakt (ETag: de versie)' })
  @ApiOkResponse({ type: UpsertResponseDto, description: 'Bijgewerkt, gekoppeld of ongewijzigd (ETag: de versie)' })
  @ApiProblems(400, 409, 410, 412)
  putCustomer(@CurrentActor() actor: Actor, @Param('idExtern') idExtern: string, @Body() body: RelatieUpsertDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UpsertResponseDto> {
    return this.put(actor, 'customer', idExtern, body, ifMatch, reply);
  }

  @Put('units/:idExtern')
  @Client('vastgoed.write')
  @ShowsNoCustomerData()
  @ApiOperation({
    summary: 'Eenheid opslaan op idExtern',
    description:
      'Maakt of werkt een verhuurbare eenheid bij: het adres en de VERA-codes soort (EENHEIDSOORT, bijv. WOO woonruimte) en detailSoort ' +
      '(EENHEIDDETAILSOORT, bijv. TUS tussenwoning). Een onbekende code geeft 400 met de geldige codes. ' + UPSERT_RULES + ' Scope: vastgoed.write.',
  })
  @ApiParam({ ...ID_EXTERN_PARAM, example: 'E-000123' })
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: UpsertResponseDto })
  @ApiOkResponse({ type: UpsertResponseDto })
  @ApiProblems(400, 412)
  putUnit(@CurrentActor() actor: Actor, @Param('idExtern') idExtern: string, @Body() body: EenheidUpsertDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UpsertResponseDto> {
    return this.put(actor, 'unit', idExtern, body, ifMatch, reply);
  }

  @Put('contracts/:idExtern')
  @Client('overeenkomsten.write')
  @ShowsNoCustomerData()
  @ApiOperation({
    summary: 'Huurovereenkomst opslaan op idExtern',
    description:
      'Maakt of werkt een huurovereenkomst bij: de eenheid en de huurders (relaties, met rol HUU of MDH) op hun idExtern, begindatum, einddatum en ' +
      'brutohuur per maand in euro. Een eenheid of relatie die Loket (in deze organisatie) niet kent geeft 422 met het veld dat ernaar verwijst: ' +
      'stuur eerst de eenheid en de relaties. ' + UPSERT_RULES + ' Scope: overeenkomsten.write.',
  })
  @ApiParam({ ...ID_EXTERN_PARAM, example: 'O-000123' })
  @ApiHeader(IF_MATCH)
  @ApiCreatedResponse({ type: UpsertResponseDto })
  @ApiOkResponse({ type: UpsertResponseDto })
  @ApiProblems(400, 412, 422)
  putContract(@CurrentActor() actor: Actor, @Param('idExtern') idExtern: string, @Body() body: HuurovereenkomstUpsertDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<UpsertResponseDto> {
    return this.put(actor, 'contract', idExtern, body, ifMatch, reply);
  }

  @Get(':kind/:idExtern/history')
  @Client(...CLIENT_WRITES, 'relaties.read')
  @ShowsNoCustomerData()
  @ApiOperation({
    summary: 'Historie van een gegeven op idExtern',
    description: 'Elke wijziging door een integratie, nieuwste eerst: versie, tijdstip, wie (de integratieclient) en per veld de oude en de nieuwe waarde. ' +
      'kind is customers (scope relaties.read of relaties.write), units (vastgoed.write) of contracts (overeenkomsten.write).',
  })
  @ApiParam({ name: 'kind', enum: ['customers', 'units', 'contracts'] })
  @ApiParam(ID_EXTERN_PARAM)
  @ApiOkResponse({ type: HistoryPageDto })
  @ApiProblems(400, 404)
  async history(@CurrentActor() actor: Actor, @Param('kind') kindParam: string, @Param('idExtern') idExtern: string, @Query() query: HistoryQueryDto): Promise<HistoryPageDto> {
    const kind = ({ customers: 'customer', units: 'unit', contracts: 'contract' } as const)[kindParam as 'customers'];
    if (!kind) throw new NotFoundError('Resource');
    const needed = kind === 'customer' ? ['relaties.read', 'relaties.write'] : [kind === 'unit' ? 'vastgoed.write' : 'overeenkomsten.write'];
    if (!needed.some((s) => (actor.scopes as readonly string[]).includes(s))) throw new DomainError('forbidden', 403, 'forbidden.needs-scopes', { scopes: needed.join(', ') });
    checkIdExtern(idExtern);
    const found = await this.records.find(actor.organizationId, kind, idExtern);
    if (!found) throw new NotFoundError(kind === 'customer' ? 'Customer' : kind === 'unit' ? 'Unit' : 'Contract');
    const items = await this.records.history(actor.organizationId, kind, found.id, query.limit ?? 50);
    return {
      idExtern, id: found.id, versie: found.version,
      items: items.map((h) => ({ versie: h.version, actie: h.action as 'created', tijdstip: h.changedAt, door: h.changedBy, doorSoort: h.changedByKind, wijzigingen: veraChanges(kind, h.changes) })),
    };
  }

  @Post('batch')
  @HttpCode(202)
  @Client(...CLIENT_WRITES)
  @ShowsNoCustomerData()
  @ApiOperation({
    summary: 'Batch laden (NDJSON): relaties, eenheden en huurovereenkomsten',
    description:
      'De eerste vulling van Loket, of een grote bijwerking: één upsert per regel, `application/x-ndjson`, tot 100.000 regels. Elke regel is ' +
      '`{"type": "customer" | "unit" | "contract", "idExtern": "…", "data": {…}}`, met als data hetzelfde als de body van de PUT van dat type. ' +
      'De volgorde van de regels doet er niet toe: Loket verwerkt eerst de relaties en eenheden, daarna de huurovereenkomsten. ' +
      'Het antwoord (202) komt zodra alle regels ontvangen en opgeslagen zijn; de verwerking loopt daarna door. Volg de voortgang met ' +
      'GET /integrations/batch/{id} en de uitkomst per regel met GET /integrations/batch/{id}/lines. Een foute regel (geen JSON, een ontbrekend veld, ' +
      'een onbekende code, een type waarvoor de client geen scope heeft) wordt alleen zelf geweigerd. Scope: relaties.write, vastgoed.write en/of ' +
      'overeenkomsten.write (per type regel).',
  })
  @ApiConsumes('application/x-ndjson')
  @ApiBody({
    schema: {
      type: 'string',
      example: '{"type":"unit","idExtern":"E-1","data":{"soort":"WOO","adres":{"straatnaam":"Lindelaan","huisnummer":12,"postcode":"5161 AB","woonplaats":"Sprang-Capelle"}}}\n' +
        '{"type":"customer","idExtern":"R-1","data":{"voornaam":"Jan","achternaam":"Vries","tussenvoegsels":"de","rol":"HUU"}}\n' +
        '{"type":"contract","idExtern":"O-1","data":{"eenheid":{"idExtern":"E-1"},"relaties":[{"idExtern":"R-1","rol":"HUU"}],"begindatum":"2020-01-01","brutohuur":734.12}}\n',
    },
  })
  @ApiAcceptedResponse({ type: BatchAcceptedDto })
  @ApiProblems(400, 415)
  async submit(@CurrentActor() actor: Actor, @Req() request: FastifyRequest): Promise<BatchAcceptedDto> {
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/x-ndjson') throw new DomainError('unsupported-media-type', 415, 'unsupported-media-type.ndjson');
    const accepted = await this.batches.receive({ organizationId: actor.organizationId, clientId: actor.userId, scopes: actor.scopes }, request.body as Readable);
    return { id: accepted.id, status: accepted.status, linesReceived: accepted.linesReceived };
  }

  @Get('batch/:id')
  @Client(...CLIENT_WRITES)
  @ShowsNoCustomerData()
  @ApiOperation({ summary: 'Voortgang van een batchopdracht', description: 'Status en tellingen: ontvangen, verwerkt, created, updated, unchanged, rejected.' })
  @ApiOkResponse({ type: BatchStatusDto })
  @ApiProblems(404)
  async status(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<BatchStatusDto> {
    const r = await this.batches.status(actor.organizationId, id);
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      id: r.id, status: r.status, linesReceived: r.lines_received, linesProcessed: r.lines_processed, created: r.created, updated: r.updated,
      unchanged: r.unchanged, rejected: r.rejected, createdAt: new Date(r.created_at).toISOString(), receivedAt: iso(r.received_at), finishedAt: iso(r.finished_at),
    };
  }

  @Get('batch/:id/lines')
  @Client(...CLIENT_WRITES)
  @ShowsNoCustomerData()
  @ApiOperation({
    summary: 'Uitkomst per regel van een batchopdracht',
    description: 'Per regel (op regelnummer, in pagina’s): created, updated, unchanged, of rejected met de reden (status, code en per veld code en tekst). Met status=rejected alleen de geweigerde regels.',
  })
  @ApiOkResponse({ type: BatchLinesPageDto })
  @ApiProblems(400, 404)
  async lines(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() query: BatchLinesQueryDto, @Req() request: FastifyRequest): Promise<BatchLinesPageDto> {
    // The language of the reasons (Accept-Language, optional): read from the request, so the document does not call it required.
    const acceptLanguage = request.headers['accept-language'];
    const limit = query.limit ?? 100;
    const rows = await this.batches.lines(actor.organizationId, id, query.after ?? 0, limit, query.status ?? null);
    const language = preferredLanguage(acceptLanguage);
    const detailOf = (code: string, params: Record<string, string | number>) => {
      const key = code === 'forbidden' ? 'forbidden.needs-scopes' : code;
      return key in PROBLEM_DETAILS ? problemDetail(key as ProblemDetailKey, params, language) : code;
    };
    return {
      items: rows.map((r) => ({
        line: r.line_no, type: r.type, idExtern: r.id_extern, status: r.status, id: r.record_id,
        problem: r.problem ? {
          status: r.problem.status, code: r.problem.code, detail: detailOf(r.problem.code, { scopes: String(r.problem.params?.['scope'] ?? ''), ...(r.problem.params ?? {}) }),
          errors: r.problem.errors.map((e) => ({ field: e.field, code: e.code, message: isFieldErrorCode(e.code) ? fieldMessage(e.code, e.params, language) : e.code })),
        } : null,
      })),
      next: rows.length === limit ? rows[rows.length - 1].line_no : null,
    };
  }
}
