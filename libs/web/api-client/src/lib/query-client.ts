import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './http';

/** Shared defaults: no retry on 4xx (the answer will not change), a short retry on network/5xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
