import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { NotFoundError, ValidationFailedError, inTransaction, isUuid, safeError, type FieldError } from '@loket/server/platform';
import type { UpsertActor } from '@loket/server/customers';
import { BatchRepository, type LineResult, type NewLine, type PendingLine } from './batch.repository';
import type { BatchStatus, LineStatus } from './batch.entities';
import { ErpUpsertsService } from './erp-upserts.service';
import { ID_EXTERN, RECORD_KINDS, WRITE_SCOPE, type RecordKind } from './erp-mapping';
import { ndjsonLines } from './ndjson';

/** At most this many lines in one batch. */
export const MAX_BATCH_LINES = 100_000;
/** A line longer than this (characters) is refused without being read into memory. */
export const MAX_LINE_CHARS = 64 * 1024;
/** Lines stored per statement while the body streams in. */
const RECEIVE_CHUNK = 2_000;
/** Lines processed per transaction. */
const PROCESS_CHUNK = 2_000;
/** A processor holds its job this long past its last chunk; after that anyone may take over. */
const LEASE_MS = 60_000;

/** Relaties and eenheden first, then the huurovereenkomsten that name them: a batch may list them in any order. */
const PHASE: Record<RecordKind, number> = { customer: 0, unit: 0, contract: 1 };

type Problem = NonNullable<NewLine['problem']>;
const refused = (errors: FieldError[]): Problem => ({ status: 400, code: 'validation-failed', errors });

/** Reads one NDJSON line's envelope `{"type", "idExtern", "data"}`; the data is checked when the line is processed. */
export function parseEnvelope(text: string | null): { type: RecordKind; idExtern: string; body: string } | { problem: Problem } {
  if (text === null) return { problem: refused([{ field: 'body', code: 'too_long', params: { max: MAX_LINE_CHARS } }]) };
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    return { problem: refused([{ field: 'body', code: 'malformed_json' }]) };
  }
  if (line === null || typeof line !== 'object' || Array.isArray(line)) return { problem: refused([{ field: 'body', code: 'not_an_object' }]) };
  const { type, idExtern, data, ...rest } = line as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(rest).map((field) => ({ field, code: 'not_allowed' }));
  if (type === undefined || type === null) errors.push({ field: 'type', code: 'required' });
  else if (!RECORD_KINDS.includes(type as RecordKind)) errors.push({ field: 'type', code: 'unknown_value', params: { values: RECORD_KINDS.join(', ') } });
  if (idExtern === undefined || idExtern === null) errors.push({ field: 'idExtern', code: 'required' });
  else if (typeof idExtern !== 'string' || !ID_EXTERN.test(idExtern)) errors.push({ field: 'idExtern', code: 'invalid_format' });
  if (data === undefined || data === null) errors.push({ field: 'data', code: 'required' });
  else if (typeof data !== 'object' || Array.isArray(data)) errors.push({ field: 'data', code: 'not_an_object' });
  if (errors.length) return { problem: refused(errors) };
  return { type: type as RecordKind, idExtern: idExtern as string, body: JSON.stringify(data) };
}

export interface BatchSender {
  organizationId: string;
  clientId: string | null;
  scopes: readonly string[];
}

/**
 * Batch loads: the NDJSON body is streamed into integration_batch_lines (a few thousand lines per
 * statement, never the whole body in memory), then processed in chunks in this process, each
 * chunk one transaction with its results. The job's state is in PostgreSQL: a process that dies
 * mid-way leaves a lease that runs out, and the next process (at start, or when someone asks for
 * the job's progress) goes on with the pending lines.
 */
@Injectable()
export class BatchService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Batch');
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly repo: BatchRepository,
    private readonly upserts: ErpUpsertsService,
    private readonly cls: ClsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Jobs another process left behind (killed mid-way): take them over once their lease ran out. The look-up
    // is part of starting (a started process does no unannounced work later); the jobs themselves run on.
    await this.resumeAbandoned();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled(this.running.values());
  }

  /** Stores the lines of an NDJSON body as they stream in; the job is queued when all are in. */
  async receive(sender: BatchSender, body: AsyncIterable<Buffer | string>): Promise<{ id: string; linesReceived: number; status: BatchStatus }> {
    const id = await inTransaction(() => this.repo.create(sender.organizationId, sender.clientId, [...sender.scopes], new Date()));
    let buffer: NewLine[] = [];
    let lines = 0;
    let rejected = 0;
    const flush = async () => {
      const chunk = buffer;
      buffer = [];
      await inTransaction(() => this.repo.addLines(sender.organizationId, id, chunk));
    };
    try {
      for await (const { lineNo, text } of ndjsonLines(body, MAX_LINE_CHARS)) {
        lines += 1;
        if (lines > MAX_BATCH_LINES) throw new ValidationFailedError([{ field: 'body', code: 'too_many', params: { max: MAX_BATCH_LINES } }]);
        const e = parseEnvelope(text);
        if ('problem' in e) {
          rejected += 1;
          buffer.push({ line_no: lineNo, type: null, id_extern: null, phase: 0, body: null, status: 'rejected', problem: e.problem });
        } else {
          buffer.push({ line_no: lineNo, type: e.type, id_extern: e.idExtern, phase: PHASE[e.type], body: e.body, status: 'pending', problem: null });
        }
        if (buffer.length >= RECEIVE_CHUNK) await flush();
      }
      await flush();
    } catch (error) {
      await inTransaction(() => this.repo.markFailed(sender.organizationId, id, new Date()));
      throw error;
    }
    await inTransaction(() => this.repo.received(sender.organizationId, id, lines, rejected, new Date()));
    this.start(id);
    return { id, linesReceived: lines, status: 'queued' };
  }

  /** The job of this organization (404 otherwise); a job nobody works on any more is taken up again. */
  async status(organizationId: string, id: string) {
    if (!isUuid(id)) throw new NotFoundError('Batch job');
    const row = await this.repo.get(organizationId, id);
    if (!row) throw new NotFoundError('Batch job');
    if ((row.status === 'queued' || row.status === 'processing') && (!row.lease_until || new Date(row.lease_until) < new Date())) this.start(id);
    return row;
  }

  async lines(organizationId: string, id: string, afterLine: number, limit: number, status: LineStatus | null) {
    await this.status(organizationId, id);
    return this.repo.lines(organizationId, id, afterLine, limit, status);
  }

  /** Processes the job in this process unless it already does. Returns when it is done (tests and the bench may wait for it). */
  start(id: string): Promise<void> {
    const current = this.running.get(id);
    if (current) return current;
    const run = this.cls.run({ ifNested: 'override' }, () => this.process(id))
      .catch((error: unknown) => this.logger.error({ err: safeError(error), batchId: id }, 'Batch processing stopped; it goes on when its lease runs out'))
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
    return run;
  }

  private async resumeAbandoned(): Promise<void> {
    try {
      const ids = await this.cls.run({ ifNested: 'override' }, () => inTransaction(() => this.repo.abandoned(new Date(), 10)));
      for (const id of ids) void this.start(id);
    } catch (error) {
      this.logger.warn({ err: safeError(error) }, 'Could not look for batch jobs to resume');
    }
  }

  private async process(id: string): Promise<void> {
    const lease = () => new Date(Date.now() + LEASE_MS);
    const job = await inTransaction(() => this.repo.claim(id, new Date(), lease()));
    if (!job) return;
    const actor: UpsertActor = { organizationId: job.organization_id, actorId: job.client_id, actorKind: 'client' };
    for (const phase of [0, 1]) {
      for (;;) {
        if (this.stopping) return;
        const done = await inTransaction(async () => {
          const chunk = await this.repo.pending(id, phase, PROCESS_CHUNK);
          if (chunk.length === 0) return true;
          await this.repo.saveResults(id, await this.processChunk(actor, job.scopes, chunk));
          await this.repo.extendLease(id, lease());
          return false;
        });
        if (done) break;
      }
    }
    await inTransaction(() => this.repo.finish(id, new Date()));
  }

  /** One chunk: per kind, the lines the client may write go through one set-based upsert. */
  private async processChunk(actor: UpsertActor, scopes: string[], chunk: PendingLine[]): Promise<LineResult[]> {
    const results: LineResult[] = [];
    for (const kind of RECORD_KINDS) {
      const lines = chunk.filter((l) => l.type === kind);
      if (lines.length === 0) continue;
      if (!scopes.includes(WRITE_SCOPE[kind])) {
        for (const l of lines) {
          results.push({ line_no: l.line_no, status: 'rejected', record_id: null, problem: { status: 403, code: 'forbidden', errors: [{ field: 'type', code: 'not_allowed' }], params: { scope: WRITE_SCOPE[kind] } } });
        }
        continue;
      }
      const outcomes = await this.upserts.upsertMany(actor, kind, lines.map((l) => ({ idExtern: l.id_extern as string, data: JSON.parse(l.body as string) as unknown })));
      outcomes.forEach((o, i) => {
        results.push(o.result === 'rejected'
          ? { line_no: lines[i].line_no, status: 'rejected', record_id: null, problem: { status: o.rejection.status, code: o.rejection.code, errors: o.rejection.errors, ...(o.rejection.params ? { params: o.rejection.params } : {}) } }
          : { line_no: lines[i].line_no, status: o.result, record_id: o.id, problem: null });
      });
    }
    return results;
  }
}

