import type { Schemas } from '../client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { portalApi } from './portal.api';

/** The tenant's own data and contracts. */
export function usePortalMe() {
  return useQuery({
    queryKey: queryKeys.portal.me(),
    queryFn: ({ signal }) => portalApi.me(signal),
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdatePreferencesDto']) => portalApi.updatePreferences(body),
    onSuccess: (me) => queryClient.setQueryData(queryKeys.portal.me(), me),
  });
}

/** The tenant's own file (R7): their questions with the contacts, without internal notes. */
export function usePortalFile() {
  return useQuery({
    queryKey: queryKeys.portal.file(),
    queryFn: ({ signal }) => portalApi.file(signal),
  });
}

export function usePortalCase(id: string) {
  return useQuery({
    queryKey: queryKeys.portal.case(id),
    queryFn: ({ signal }) => portalApi.case(id, signal),
  });
}

/** "Stel een vraag": the new question shows up in Mijn vragen straight away. */
export function useAskQuestion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['AskQuestionDto']) => portalApi.askQuestion(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.portal.file() }),
  });
}
