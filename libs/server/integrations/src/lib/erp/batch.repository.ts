import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { IntegrationBatchEntity, IntegrationBatchLineEntity, LineStatus } from './batch.entities';

export type BatchRow = Columns<IntegrationBatchEntity>;
export type LineRow = Columns<IntegrationBatchLineEntity>;
export type NewLine = Pick<LineRow, 'line_no' | 'type' | 'id_extern' | 'phase' | 'body' | 'status' | 'problem'>;
export type PendingLine = Pick<LineRow, 'line_no' | 'type' | 'id_extern' | 'body'>;
export type LineResult = Pick<LineRow, 'line_no' | 'status' | 'problem' | 'record_id'>;

/** All SQL of batch loads: the jobs and their lines, scoped by organization. */
@Injectable()
export class BatchRepository extends SqlRepository {
  async create(organizationId: string, clientId: string | null, scopes: string[], now: Date): Promise<string> {
    const row = await this.one<{ id: string }>(
      `INSERT INTO integration_batches (organization_id, client_id, scopes, status, created_at) VALUES ($1, $2, $3, 'receiving', $4) RETURNING id`,
      [organizationId, clientId, scopes, now],
    );
    return (row as { id: string }).id;
  }

  /** Stores received lines (one multi-row statement). */
  async addLines(organizationId: string, batchId: string, lines: NewLine[]): Promise<void> {
    if (lines.length === 0) return;
    await this.run(
      `INSERT INTO integration_batch_lines (batch_id, organization_id, line_no, type, id_extern, phase, body, status, problem)
       SELECT $1, $2, line_no, type, id_extern, phase, body, status, problem::jsonb
         FROM unnest($3::int[], $4::text[], $5::text[], $6::smallint[], $7::text[], $8::text[], $9::text[]) AS l(line_no, type, id_extern, phase, body, status, problem)`,
      [
        batchId, organizationId, lines.map((l) => l.line_no), lines.map((l) => l.type), lines.map((l) => l.id_extern), lines.map((l) => l.phase),
        lines.map((l) => l.body), lines.map((l) => l.status), lines.map((l) => (l.problem ? JSON.stringify(l.problem) : null)),
      ],
    );
  }

  /** All lines are in: the job is queued with its counts (lines refused on arrival count as processed and rejected). */
  async received(organizationId: string, batchId: string, lines: number, rejected: number, now: Date): Promise<void> {
    await this.run(
      `UPDATE integration_batches SET status = 'queued', lines_received = $3, lines_processed = $4, rejected = $4, received_at = $5
        WHERE id = $1 AND organization_id = $2`,
      [batchId, organizationId, lines, rejected, now],
    );
  }

  async markFailed(organizationId: string, batchId: string, now: Date): Promise<void> {
    await this.run(`UPDATE integration_batches SET status = 'failed', finished_at = $3, lease_until = NULL WHERE id = $1 AND organization_id = $2`, [batchId, organizationId, now]);
  }

  /** Takes the job (queued, or processing with an expired lease) until `until`; false when someone else holds it. */
  async claim(batchId: string, now: Date, until: Date): Promise<Pick<BatchRow, 'organization_id' | 'client_id' | 'scopes'> | undefined> {
    return this.one(
      `UPDATE integration_batches SET status = 'processing', lease_until = $3
        WHERE id = $1 AND (status = 'queued' OR (status = 'processing' AND (lease_until IS NULL OR lease_until < $2)))
       RETURNING organization_id, client_id, scopes`,
      [batchId, now, until],
    );
  }

  async extendLease(batchId: string, until: Date): Promise<void> {
    await this.run(`UPDATE integration_batches SET lease_until = $2 WHERE id = $1`, [batchId, until]);
  }

  /** Jobs nobody is working on (queued, or their lease ran out): to take over. */
  async abandoned(now: Date, limit: number): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      `SELECT id FROM integration_batches WHERE status IN ('queued', 'processing') AND (lease_until IS NULL OR lease_until < $1) ORDER BY created_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** The next pending lines of a phase, one kind at a time, in line order. */
  pending(batchId: string, phase: number, limit: number): Promise<PendingLine[]> {
    return this.rows<PendingLine>(
      `SELECT line_no, type, id_extern, body FROM integration_batch_lines
        WHERE batch_id = $1 AND phase = $2 AND status = 'pending'
        ORDER BY type, line_no LIMIT $3`,
      [batchId, phase, limit],
    );
  }

  /** Writes the lines' results (the body is dropped: the record holds the data now) and adds them to the job's counts. */
  async saveResults(batchId: string, results: LineResult[]): Promise<void> {
    if (results.length === 0) return;
    await this.run(
      `UPDATE integration_batch_lines l SET status = r.status, problem = r.problem::jsonb, record_id = r.record_id, body = NULL
         FROM unnest($2::int[], $3::text[], $4::text[], $5::uuid[]) AS r(line_no, status, problem, record_id)
        WHERE l.batch_id = $1 AND l.line_no = r.line_no`,
      [batchId, results.map((r) => r.line_no), results.map((r) => r.status), results.map((r) => (r.problem ? JSON.stringify(r.problem) : null)), results.map((r) => r.record_id)],
    );
    const count = (s: LineStatus) => results.filter((r) => r.status === s).length;
    await this.run(
      `UPDATE integration_batches SET lines_processed = lines_processed + $2, created = created + $3, updated = updated + $4, unchanged = unchanged + $5, rejected = rejected + $6
        WHERE id = $1`,
      [batchId, results.length, count('created'), count('updated'), count('unchanged'), count('rejected')],
    );
  }

  async finish(batchId: string, now: Date): Promise<void> {
    await this.run(`UPDATE integration_batches SET status = 'done', finished_at = $2, lease_until = NULL WHERE id = $1 AND status = 'processing'`, [batchId, now]);
  }

  get(organizationId: string, batchId: string): Promise<BatchRow | undefined> {
    return this.one<BatchRow>(`SELECT * FROM integration_batches WHERE id = $1 AND organization_id = $2`, [batchId, organizationId]);
  }

  /** A page of the job's line results after `afterLine`, optionally only one status. */
  lines(organizationId: string, batchId: string, afterLine: number, limit: number, status: LineStatus | null): Promise<Pick<LineRow, 'line_no' | 'type' | 'id_extern' | 'status' | 'problem' | 'record_id'>[]> {
    return this.rows(
      `SELECT line_no, type, id_extern, status, problem, record_id FROM integration_batch_lines
        WHERE batch_id = $1 AND organization_id = $2 AND line_no > $3 AND ($5::text IS NULL OR status = $5)
        ORDER BY line_no LIMIT $4`,
      [batchId, organizationId, afterLine, limit, status],
    );
  }
}
