import { Injectable } from '@nestjs/common';
import { DomainError, ValidationFailedError, validatePlain, type FieldError } from '@loket/server/platform';
import { ExternalRecordsService, type IfVersion, type UpsertActor, type UpsertRejection, type UpsertResult } from '@loket/server/customers';
import { EenheidUpsertDto, HuurovereenkomstUpsertDto, RelatieUpsertDto, type UpsertResponseDto } from './erp.dto';
import { toContractInput, toCustomerInput, toUnitInput, veraChanges, veraField, veraRejection, type Mapped, type RecordKind } from './erp-mapping';

export type RecordDto = RelatieUpsertDto | EenheidUpsertDto | HuurovereenkomstUpsertDto;
export const DTO_OF: Record<RecordKind, new () => RecordDto> = { customer: RelatieUpsertDto, unit: EenheidUpsertDto, contract: HuurovereenkomstUpsertDto };

/** One record of a chunk: its idExtern and either its validated body or why it was refused. */
export interface ChunkItem {
  idExtern: string;
  /** The line's `data` (parsed JSON). */
  data: unknown;
}

/** What happened to one record: the outcome, or the rejection (fields in VERA's names). */
export type ChunkResult = Extract<UpsertResult, { result: 'created' | 'updated' | 'unchanged' }> | { result: 'rejected'; rejection: UpsertRejection | { status: 400; code: 'validation-failed'; errors: FieldError[]; params?: undefined } };

function mapOne(kind: RecordKind, idExtern: string, dto: RecordDto, ifVersion: IfVersion, prefix: string): Mapped<unknown> {
  if (kind === 'customer') return toCustomerInput(idExtern, dto as RelatieUpsertDto, ifVersion, prefix);
  if (kind === 'unit') return toUnitInput(idExtern, dto as EenheidUpsertDto, ifVersion, prefix);
  return toContractInput(idExtern, dto as HuurovereenkomstUpsertDto, ifVersion, prefix);
}

/**
 * The ERP's upserts in VERA's shape: validates and maps the bodies to the customers module's
 * input and calls its set-based upsert, once for a single PUT, once per kind for a batch chunk.
 */
@Injectable()
export class ErpUpsertsService {
  constructor(private readonly records: ExternalRecordsService) {}

  /** One record (PUT): the answer, or a problem (412 stale, 409 conflict, 410 erased, 422 unknown reference). */
  async upsertOne(actor: UpsertActor, kind: RecordKind, idExtern: string, dto: RecordDto, ifVersion: IfVersion): Promise<UpsertResponseDto> {
    const mapped = mapOne(kind, idExtern, dto, ifVersion, '');
    if (!mapped.input) throw new ValidationFailedError(mapped.errors);
    const [result] = await this.call(actor, kind, [mapped.input]);
    if (result.result === 'rejected') {
      const r = veraRejection(kind, result.rejection);
      throw new DomainError(r.code, r.status, r.code, r.params ?? {}, r.errors.length ? r.errors : undefined);
    }
    return this.response(kind, idExtern, result);
  }

  /** Many records of one kind (a batch chunk): each line's `data` validated like a PUT body, then one set-based upsert. */
  async upsertMany(actor: UpsertActor, kind: RecordKind, items: ChunkItem[]): Promise<ChunkResult[]> {
    const out: ChunkResult[] = new Array(items.length);
    const valid: { at: number; input: unknown }[] = [];
    items.forEach((item, at) => {
      const checked = validatePlain(DTO_OF[kind], item.data, 'data');
      if (!checked.value) { out[at] = { result: 'rejected', rejection: { status: 400, code: 'validation-failed', errors: checked.errors } }; return; }
      const mapped = mapOne(kind, item.idExtern, checked.value, undefined, 'data.');
      if (!mapped.input) out[at] = { result: 'rejected', rejection: { status: 400, code: 'validation-failed', errors: mapped.errors } };
      else valid.push({ at, input: mapped.input });
    });
    const results = valid.length ? await this.call(actor, kind, valid.map((v) => v.input)) : [];
    results.forEach((r, i) => {
      out[valid[i].at] = r.result === 'rejected' ? { result: 'rejected', rejection: veraRejection(kind, r.rejection, 'data.') } : r;
    });
    return out;
  }

  response(kind: RecordKind, idExtern: string, r: Extract<UpsertResult, { result: 'created' | 'updated' | 'unchanged' }>): UpsertResponseDto {
    return {
      resultaat: r.result, id: r.id, idExtern, versie: r.version, wijzigingen: veraChanges(kind, r.changes),
      ...(r.linkedOn ? { gekoppeldOp: r.linkedOn.map((f) => veraField('customer', { code: 'customerNumber', email: 'email', phone: 'phones' }[f])) } : {}),
    };
  }

  private call(actor: UpsertActor, kind: RecordKind, inputs: unknown[]): Promise<UpsertResult[]> {
    if (kind === 'customer') return this.records.upsertCustomers(actor, inputs as Parameters<ExternalRecordsService['upsertCustomers']>[1]);
    if (kind === 'unit') return this.records.upsertUnits(actor, inputs as Parameters<ExternalRecordsService['upsertUnits']>[1]);
    return this.records.upsertContracts(actor, inputs as Parameters<ExternalRecordsService['upsertContracts']>[1]);
  }
}
