import { api, data, queryKeys, type Schemas } from '@loket/web/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';

export type CreateTeamRequest = Schemas['CreateTeamDto'];
export type UpdateTeamRequest = Schemas['UpdateTeamDto'];

const id = (teamId: string) => ({ path: { id: teamId } });

/** Teams and their members (reference data): admins create teams, team leads and admins change them. */
export const teamsApi = {
  create: (body: CreateTeamRequest) => data(api.POST('/api/v1/teams', { body })),
  update: (teamId: string, body: UpdateTeamRequest) => data(api.PATCH('/api/v1/teams/{id}', { params: id(teamId), body })),
  setMembers: (teamId: string, userIds: string[]) => data(api.PUT('/api/v1/teams/{id}/members', { params: id(teamId), body: { userIds } })),
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

export function useUpdateTeam(teamId: string) {
  const changed = useTeamsChanged();
  return useMutation({ mutationFn: (body: UpdateTeamRequest) => teamsApi.update(teamId, body), onSuccess: changed });
}

/**
 * Sets the team's members (PUT /teams/{id}/members): add or remove one by sending the new set. A
 * staff member is in one team at most, so adding someone moves them from their old team.
 */
export function useSetTeamMembers(teamId: string) {
  const changed = useTeamsChanged();
  return useMutation({ mutationFn: (userIds: string[]) => teamsApi.setMembers(teamId, userIds), onSuccess: changed });
}
