import { ValidationFailedError } from '../errors/domain-errors';

/** An opaque cursor for offset paging (`{ items, nextCursor }` lists). */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** The offset in a cursor this API gave out; anything else is a 400 on `cursor`. */
export function decodeOffsetCursor(cursor?: string): number {
  if (!cursor) return 0;
  try {
    const o = (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through
  }
  throw new ValidationFailedError([{ field: 'cursor', message: 'is not a cursor this API gave out' }]);
}

/** TypeORM answers UPDATE/DELETE … RETURNING with [rows, count] and INSERT … RETURNING with rows: the rows either way. */
export function returnedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}
