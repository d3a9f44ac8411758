import { useInfiniteQuery } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { accessLogApi } from './access-log.api';

export const ACCESS_LOG_PAGE_SIZE = 25;

/**
 * Who looked at this customer's file, newest first, page by page ("Meer laden"). Fetched only when
 * asked for (`enabled`): reading the access log is itself a read on record.
 */
export function useCustomerAccessLog(customerId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.accessLog.customer(customerId),
    queryFn: ({ signal, pageParam }) => accessLogApi.ofCustomer(customerId, pageParam ?? undefined, ACCESS_LOG_PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** Which customers one employee looked at, newest first, page by page. */
export function useEmployeeAccessLog(userId: string | null) {
  return useInfiniteQuery({
    queryKey: queryKeys.accessLog.employee(userId ?? ''),
    queryFn: ({ signal, pageParam }) => accessLogApi.byEmployee(userId as string, pageParam ?? undefined, ACCESS_LOG_PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!userId,
  });
}
