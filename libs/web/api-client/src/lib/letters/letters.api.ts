import { api, data, type Schemas } from '../client';
import { apiDownload, type DownloadedFile } from '../http';

/** The print list (letters to customers) and the organization's settings that letters and mails carry. */
export const lettersApi = {
  list: (query: { status?: Schemas['LetterStatus']; cursor?: string; limit?: number }, signal?: AbortSignal) =>
    data(api.GET('/api/v1/letters', { params: { query }, signal })),
  /** The letter's PDF (`GET /letters/{id}.pdf`), fetched with the session's token. */
  pdf: (letterId: string): Promise<DownloadedFile> =>
    apiDownload(`/api/v1/letters/${encodeURIComponent(letterId)}.pdf`, { fallbackName: `brief-${letterId.slice(0, 8)}.pdf` }),
  markPrinted: (ids: string[]) => data(api.POST('/api/v1/letters/printed', { body: { ids } })),
  settings: (signal?: AbortSignal) => data(api.GET('/api/v1/organization/settings', { signal })),
  putSettings: (body: Schemas['PutOrganizationSettingsDto']) => data(api.PUT('/api/v1/organization/settings', { body })),
};
