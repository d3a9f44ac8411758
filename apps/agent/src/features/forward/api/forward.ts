import { api, data, queryKeys, type Case, type ForwardCaseRequest } from '@loket/web/api-client';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { worklistKeys } from '../../worklist/api/worklist';

const id = (caseId: string) => ({ path: { id: caseId } });

export const forwardApi = {
  forward: (caseId: string, body: ForwardCaseRequest) => data(api.POST('/api/v1/cases/{id}/forward', { params: id(caseId), body })),
  claim: (caseId: string) => data(api.POST('/api/v1/cases/{id}/claim', { params: id(caseId) })),
};

/**
 * The case moved: its page gets the answer, and every worklist and case list, its customer's
 * overview and time line are stale.
 */
function afterMove(queryClient: QueryClient, item: Case) {
  queryClient.setQueryData(queryKeys.cases.detail(item.id), item);
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
