import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { reportingApi } from './reporting.api';

/** The KPI report of the days `from` to `to` (YYYY-MM-DD, inclusive); off while `period` is null. */
export function useKpiReport(period: { from: string; to: string } | null) {
  return useQuery({
    queryKey: queryKeys.reports.kpis(period ?? { from: '', to: '' }),
    queryFn: ({ signal }) => reportingApi.kpis(period as { from: string; to: string }, signal),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}
