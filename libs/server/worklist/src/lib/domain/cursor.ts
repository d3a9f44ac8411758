import { isUuid } from '@loket/server/platform';

/**
 * The worklists' keyset position: the last row's due moment (null: none, sorted last) and id.
 * Opaque to the client (base64url JSON); anything else decodes to undefined (a 400).
 */
export interface WorklistPosition {
  dueAt: string | null;
  id: string;
}

export function encodeWorklistCursor(p: WorklistPosition): string {
  return Buffer.from(JSON.stringify({ d: p.dueAt, i: p.id }), 'utf8').toString('base64url');
}

export function decodeWorklistCursor(cursor: string): WorklistPosition | undefined {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!v || typeof v !== 'object') return undefined;
    const { d, i } = v as { d?: unknown; i?: unknown };
    if (typeof i !== 'string' || !isUuid(i)) return undefined;
    if (d === null) return { dueAt: null, id: i };
    if (typeof d !== 'string' || Number.isNaN(Date.parse(d))) return undefined;
    return { dueAt: new Date(d).toISOString(), id: i };
  } catch {
    return undefined;
  }
}
