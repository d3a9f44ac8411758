import { CHANNELS } from '@loket/shared/contracts';
import type { WorkDue, WorkKind, WorklistQuery, WorkScope, WorkStatus } from '../api/types';

/** Where the worklists live in the agent app. */
export const WORK_PATH = '/werk';

/** The lists, in the URL as `?lijst=` ("Mijn werk" has none). */
export const SCOPES: readonly WorkScope[] = ['me', 'team', 'forwarded', 'all'];
const SCOPE_PARAM: Record<WorkScope, string | null> = { me: null, team: 'team', forwarded: 'doorgezet', all: 'alles' };

export const DUES: readonly WorkDue[] = ['overdue', 'today', 'week'];
export const KINDS: readonly WorkKind[] = ['case', 'callback', 'follow_up'];
export const STATUSES: readonly WorkStatus[] = ['open', 'waiting_for_customer', 'scheduled', 'in_progress'];

/** The filters in the URL: Dutch names, the API's values. */
export const FILTER_PARAMS = {
  team: 'team',
  topic: 'onderwerp',
  channel: 'kanaal',
  location: 'locatie',
  status: 'status',
  due: 'termijn',
  kind: 'soort',
} as const;
export type FilterName = keyof typeof FILTER_PARAMS;
export const FILTER_NAMES = Object.keys(FILTER_PARAMS) as FilterName[];
/** The page after the one shown (keyset paging). */
export const CURSOR_PARAM = 'vanaf';

/** Values the page knows beforehand; others in the address are left out (ids are checked by the API). */
const KNOWN: Partial<Record<FilterName, readonly string[]>> = { channel: CHANNELS, status: STATUSES, due: DUES, kind: KINDS };

export function scopeFromParams(params: URLSearchParams, allowed: readonly WorkScope[]): WorkScope {
  const value = params.get('lijst');
  const scope = SCOPES.find((key) => SCOPE_PARAM[key] === value);
  return scope && allowed.includes(scope) ? scope : 'me';
}

export type Filters = Partial<Record<FilterName, string>>;

export function filtersFromParams(params: URLSearchParams): Filters {
  const filters: Filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(FILTER_PARAMS[name]);
    if (!value) continue;
    const known = KNOWN[name];
    if (known && !known.includes(value)) continue;
    filters[name] = value;
  }
  return filters;
}

/** The filters a list offers: everything open has them all; the others only due moment and kind. */
export function filtersFor(scope: WorkScope): readonly FilterName[] {
  return scope === 'all' ? FILTER_NAMES : ['due', 'kind'];
}

export function queryFromParams(params: URLSearchParams, scope: WorkScope): WorklistQuery {
  const filters = filtersFromParams(params);
  const query: WorklistQuery = { scope };
  for (const name of filtersFor(scope)) {
    const value = filters[name];
    if (value) (query as unknown as Record<string, string>)[name] = value;
  }
  const cursor = params.get(CURSOR_PARAM);
  if (cursor) query.cursor = cursor;
  return query;
}

/** The address for another list: filters that list does not have are dropped, paging starts again. */
export function withScope(params: URLSearchParams, scope: WorkScope): URLSearchParams {
  const next = new URLSearchParams(params);
  const value = SCOPE_PARAM[scope];
  if (value) next.set('lijst', value);
  else next.delete('lijst');
  next.delete(CURSOR_PARAM);
  const keep = filtersFor(scope);
  for (const name of FILTER_NAMES) if (!keep.includes(name)) next.delete(FILTER_PARAMS[name]);
  return next;
}

/** The address with one filter set (or cleared); paging starts again. */
export function withFilter(params: URLSearchParams, name: FilterName, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(FILTER_PARAMS[name], value);
  else next.delete(FILTER_PARAMS[name]);
  next.delete(CURSOR_PARAM);
  return next;
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of FILTER_NAMES) next.delete(FILTER_PARAMS[name]);
  next.delete(CURSOR_PARAM);
  return next;
}

export function withCursor(params: URLSearchParams, cursor: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (cursor) next.set(CURSOR_PARAM, cursor);
  else next.delete(CURSOR_PARAM);
  return next;
}
