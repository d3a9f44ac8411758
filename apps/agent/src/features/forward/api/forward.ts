import { apiRequest, queryKeys, type Case } from '@loket/web/api-client';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { worklistKeys } from '../../worklist/api/worklist';
import type { ForwardCaseRequest } from '../../worklist/api/types';

export const forwardApi = {
  forward: (caseId: string, body: ForwardCaseRequest) =>
    apiRequest<Case>(`/cases/${encodeURIComponent(caseId)}/forward`, { method: 'POST', body }),
  claim: (caseId: string) => apiRequest<Case>(`/cases/${encodeURIComponent(caseId)}/claim`, { method: 'POST' }),
};

/** The case moved: its page, every worklist and case list, and its customer's overview and time line are stale. */
function afterMove(queryClient: QueryClient, item: Case) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: worklistKeys.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(item.customerId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.timelines(item.customerId) }),
  ]);
}

/** "Doorzetten": the case goes to a team's queue or a colleague, with a note on its time line. */
export function useForwardCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ForwardCaseRequest) => forwardApi.forward(caseId, body),
    onSuccess: (item) => afterMove(queryClient, item),
  });
}

/** "Oppakken": take a case from the team queue (the case id is passed to `mutate`). */
export function useClaimCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (caseId: string) => forwardApi.claim(caseId),
    onSuccess: (item) => afterMove(queryClient, item),
  });
}
