import type { AskQuestionRequest, PortalCase, PortalFile, PortalMe, UpdatePreferencesRequest } from '@loket/shared/contracts';
import { apiRequest } from '../http';

export const portalApi = {
  me: (signal?: AbortSignal) => apiRequest<PortalMe>('/portal/me', { signal }),
  updatePreferences: (body: UpdatePreferencesRequest) =>
    apiRequest<PortalMe>('/portal/preferences', { method: 'PATCH', body }),
  file: (signal?: AbortSignal) => apiRequest<PortalFile>('/portal/file', { signal }),
  case: (id: string, signal?: AbortSignal) => apiRequest<PortalCase>(`/portal/cases/${encodeURIComponent(id)}`, { signal }),
  askQuestion: (body: AskQuestionRequest) => apiRequest<PortalCase>('/portal/cases', { method: 'POST', body }),
};
