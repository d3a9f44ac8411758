import type { Schemas } from '../client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveDownload } from '../http';
import { queryKeys } from '../query-keys';
import { privacyApi } from './privacy.api';

/** Downloads the tenant's own data and hands the file to the browser. */
export function usePortalExport() {
  return useMutation({
    mutationFn: async (format: Schemas['ExportFormat']) => saveDownload(await privacyApi.portalExport(format)),
  });
}

/** Downloads a customer's whole file (admins). */
export function useCustomerExport(customerId: string) {
  return useMutation({
    mutationFn: async (format: Schemas['ExportFormat']) => saveDownload(await privacyApi.customerExport(customerId, format)),
  });
}

/** Erases a customer (admins); the customer's pages show the erased record afterwards. */
export function useEraseCustomer(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['EraseCustomerDto']) => privacyApi.eraseCustomer(customerId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(customerId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.customers.timelines(customerId) });
      queryClient.removeQueries({ queryKey: queryKeys.customers.searches() });
    },
  });
}

export function useRetention() {
  return useQuery({ queryKey: queryKeys.privacy.retention(), queryFn: ({ signal }) => privacyApi.retention(signal) });
}

export function useUpdateRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RetentionRulesDto']) => privacyApi.updateRetention(body),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.privacy.retention(), settings),
  });
}
