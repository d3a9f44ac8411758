import { api, data, type Schemas } from '../client';

export const portalApi = {
  me: (signal?: AbortSignal) => data(api.GET('/api/v1/portal/me', { signal })),
  updatePreferences: (body: Schemas['UpdatePreferencesDto']) => data(api.PATCH('/api/v1/portal/preferences', { body })),
  file: (signal?: AbortSignal) => data(api.GET('/api/v1/portal/file', { signal })),
  case: (id: string, signal?: AbortSignal) => data(api.GET('/api/v1/portal/cases/{id}', { params: { path: { id } }, signal })),
  askQuestion: (body: Schemas['AskQuestionDto']) => data(api.POST('/api/v1/portal/cases', { body })),
};
