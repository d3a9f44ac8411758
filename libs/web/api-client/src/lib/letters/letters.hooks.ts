import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../client';
import { lettersApi } from './letters.api';

/** Query keys of the print list and the organization settings (kept beside their hooks). */
export const letterKeys = {
  all: ['letters'] as const,
  list: (status: Schemas['LetterStatus']) => ['letters', 'list', status] as const,
  settings: () => ['organization', 'settings'] as const,
};

export const LETTERS_PAGE_SIZE = 50;

/** Letters to print (oldest first) or printed (latest first), page by page; refreshed every minute. */
export function useLetters(status: Schemas['LetterStatus']) {
  return useInfiniteQuery({
    queryKey: letterKeys.list(status),
    queryFn: ({ pageParam, signal }) => lettersApi.list({ status, cursor: pageParam ?? undefined, limit: LETTERS_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    refetchInterval: 60_000,
  });
}

export function useMarkLettersPrinted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => lettersApi.markPrinted(ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: letterKeys.all }),
  });
}

/** The organization's name, phone number and reply address (the answer editor and the admin screen). */
export function useOrganizationSettings(enabled = true) {
  return useQuery({ queryKey: letterKeys.settings(), queryFn: ({ signal }) => lettersApi.settings(signal), staleTime: 600_000, enabled });
}

export function useUpdateOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PutOrganizationSettingsDto']) => lettersApi.putSettings(body),
    onSuccess: (settings) => queryClient.setQueryData(letterKeys.settings(), settings),
  });
}
