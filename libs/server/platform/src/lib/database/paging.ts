import { ValidationFailedError } from '../errors/domain-errors';
import { parseDateTime } from '../errors/dates';
import { isUuid } from '../errors/ids';

const NOT_OURS = () => new ValidationFailedError([{ field: 'cursor', code: 'not_a_cursor' }]);

function readCursor(cursor: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The largest value a PostgreSQL `integer` holds: the bound of every whole number the API takes. */
export const PG_INT_MAX = 2_147_483_647;

/** An opaque cursor for offset paging (`{ items, nextCursor }` lists). */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** The offset in a cursor this API gave out (at most `max`); anything else is a 400 on `cursor`. */
export function decodeOffsetCursor(cursor?: string, max = PG_INT_MAX): number {
  if (!cursor) return 0;
  const o = readCursor(cursor)?.['o'];
  if (typeof o === 'number' && Number.isInteger(o) && o >= 0 && o <= max) return o;
  throw NOT_OURS();
}

/** An opaque cursor for keyset paging, newest first (`(at, id) < cursor`): the last item's moment and id. */
export function encodeKeysetCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify({ at: at.toISOString(), id })).toString('base64url');
}

/** The moment and id in a keyset cursor this API gave out (null without one); anything else is a 400 on `cursor`. */
export function decodeKeysetCursor(cursor?: string): { at: Date; id: string } | null {
  if (!cursor) return null;
  const v = readCursor(cursor);
  const at = parseDateTime(v?.['at']);
  if (at && isUuid(v?.['id'])) return { at, id: v['id'] as string };
  throw NOT_OURS();
}

/** TypeORM answers UPDATE/DELETE … RETURNING with [rows, count] and INSERT … RETURNING with rows: the rows either way. */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** An opaque cursor in the event log's order: the event's transaction and sequence number. */
export function encodeEventCursor(tx: string, seq: string): string {
  return Buffer.from(JSON.stringify({ t: tx, s: seq })).toString('base64url');
}

/** The position in an event cursor this API gave out (null without one); anything else is a 400 on `cursor`. */
export function decodeEventCursor(cursor?: string | null): { tx: string; seq: string } | null {
  if (!cursor) return null;
  const v = readCursor(cursor);
  const digits = (x: unknown): x is string => typeof x === 'string' && /^\d{1,19}$/.test(x);
  if (digits(v?.['t']) && digits(v?.['s'])) return { tx: v['t'], seq: v['s'] };
  throw NOT_OURS();
}
