import { api, data } from '../client';

/** GET /reports/kpis: the KPI report of a period of Amsterdam days (team leads and admins). */
export const reportingApi = {
  kpis: (period: { from: string; to: string }, signal?: AbortSignal) => data(api.GET('/api/v1/reports/kpis', { params: { query: period }, signal })),
};
