/*
 * The rules of an upsert keyed by the ERP's id (idExtern), without SQL or clock: which fields
 * changed, whether a customer Loket already knows is the ERP's relatie, which tenant is the
 * contract's huurder, and how a set of records splits into rounds that each name an id once.
 */

/** A field's old and new value. */
export type FieldChanges = Record<string, [unknown, unknown]>;

/** Compares values as stored: arrays and objects by their JSON, dates as YYYY-MM-DD strings. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/**
 * The fields of `next` whose value differs from `current` (old → new). A field `next` leaves out
 * (undefined) is not compared; null is a value ("no e-mail address any more").
 */
export function diffFields(current: Record<string, unknown> | null, next: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const old = current ? (current[field] ?? null) : null;
    if (!current || !same(old, value)) changes[field] = [current ? old : null, value];
  }
  return changes;
}

/** A customer Loket knows that matched an incoming relatie on one of its keys. */
export interface MatchCandidate {
  customerId: string;
  customerNumber: string;
  externalId: string | null;
  erased: boolean;
  /** The key that matched: the customer number (code), the e-mail address or a phone number. */
  field: 'code' | 'email' | 'phone';
}

export type MatchDecision =
  | { kind: 'new' }
  | { kind: 'link'; customerId: string; matchedOn: MatchCandidate['field'][] }
  | { kind: 'erased'; customerId: string; customerNumber: string }
  | { kind: 'conflict'; matches: { field: MatchCandidate['field']; customerNumber: string; externalId: string | null }[] };

/**
 * Whether an incoming relatie (not yet known by its idExtern) is a customer staff made by hand:
 * - no match → a new customer;
 * - exactly one customer matched (on any number of keys), not linked to an ERP id → link it;
 * - that one customer erased → refused (no personal data is written onto an erased person);
 * - several different customers, or the one match already carries another idExtern → conflict,
 *   reporting which key matched which customer number.
 */
export function decideMatch(candidates: MatchCandidate[]): MatchDecision {
  if (candidates.length === 0) return { kind: 'new' };
  const ids = new Set(candidates.map((c) => c.customerId));
  const linkedElsewhere = candidates.some((c) => c.externalId !== null);
  if (ids.size > 1 || linkedElsewhere) {
    const seen = new Set<string>();
    const matches = candidates
      .filter((c) => (seen.has(`${c.field}|${c.customerId}`) ? false : (seen.add(`${c.field}|${c.customerId}`), true)))
      .map((c) => ({ field: c.field, customerNumber: c.customerNumber, externalId: c.externalId }));
    return { kind: 'conflict', matches };
  }
  const only = candidates[0];
  if (candidates.some((c) => c.erased)) return { kind: 'erased', customerId: only.customerId, customerNumber: only.customerNumber };
  return { kind: 'link', customerId: only.customerId, matchedOn: [...new Set(candidates.map((c) => c.field))] };
}

/**
 * Splits records into rounds in which each key occurs once, keeping their order: the second
 * upsert of an idExtern in one batch is applied after the first, as if sent after it.
 */
export function rounds<T>(items: T[], key: (item: T) => string): T[][] {
  const out: T[][] = [];
  const roundOf = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    const r = (roundOf.get(k) ?? -1) + 1;
    roundOf.set(k, r);
    (out[r] ??= []).push(item);
  }
  return out;
}

/** The huurder that `contracts.customer_id` names: the first party with role HUU, else the first party. */
export function mainTenantIndex(parties: { role: string }[]): number {
  const i = parties.findIndex((p) => p.role === 'HUU');
  return i >= 0 ? i : 0;
}

/** Parses an If-Match header: `"3"`, `W/"3"` or `3` → 3; `*` → any version; anything else → undefined. */
export function parseIfMatch(header: string | undefined): number | '*' | undefined | 'invalid' {
  if (header === undefined || header.trim() === '') return undefined;
  const h = header.trim();
  if (h === '*') return '*';
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(h);
  return m ? Number(m[1]) : 'invalid';
}
