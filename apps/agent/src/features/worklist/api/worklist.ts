import { api, data } from '@loket/web/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { WorklistQuery } from './types';

export const WORKLIST_PAGE_SIZE = 25;

/** Query keys of the worklists: one list per scope, filters and page. */
export const worklistKeys = {
  all: ['worklist'] as const,
  list: (query: WorklistQuery) => [...worklistKeys.all, query] as const,
};

export const worklistApi = {
  list: (query: WorklistQuery, signal?: AbortSignal) =>
    data(api.GET('/api/v1/worklist', { params: { query }, signal })),
};

/**
 * One page of a worklist (GET /worklist), sorted by the next due moment, with the counts of every
 * list. The page before stays on screen while the next one loads; refreshed every minute.
 */
export function useWorklist(query: WorklistQuery) {
  const withLimit = { ...query, limit: query.limit ?? WORKLIST_PAGE_SIZE };
  return useQuery({
    queryKey: worklistKeys.list(withLimit),
    queryFn: ({ signal }) => worklistApi.list(withLimit, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}
