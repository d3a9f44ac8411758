import { apiRequest, queryKeys, type Team } from '@loket/web/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export interface CreateTeamRequest {
  name: string;
  leadId?: string | null;
}
export interface UpdateTeamRequest {
  name?: string;
  leadId?: string | null;
}

const teamPath = (id: string) => `/teams/${encodeURIComponent(id)}`;

/** Teams and their members (reference data): admins create teams, team leads and admins change them. */
export const teamsApi = {
  create: (body: CreateTeamRequest) => apiRequest<Team>('/teams', { method: 'POST', body }),
  update: (id: string, body: UpdateTeamRequest) => apiRequest<Team>(teamPath(id), { method: 'PATCH', body }),
  setMembers: (id: string, userIds: string[]) => apiRequest<unknown>(`${teamPath(id)}/members`, { method: 'PUT', body: { userIds } }),
};

/** Every list of teams (GET /teams, used by forms all over the app) is stale after a change. */
function useTeamsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.teams() });
}

export function useCreateTeam() {
  const changed = useTeamsChanged();
  return useMutation({ mutationFn: (body: CreateTeamRequest) => teamsApi.create(body), onSuccess: changed });
}

export function useUpdateTeam(id: string) {
  const changed = useTeamsChanged();
  return useMutation({ mutationFn: (body: UpdateTeamRequest) => teamsApi.update(id, body), onSuccess: changed });
}

/** Replaces the team's members (PUT /teams/{id}/members): add or remove one by sending the new set. */
export function useSetTeamMembers(id: string) {
  const changed = useTeamsChanged();
  return useMutation({ mutationFn: (userIds: string[]) => teamsApi.setMembers(id, userIds), onSuccess: changed });
}
