import { SEARCH_LIMIT, SEARCH_MIN_LENGTH, isApiError, useCustomerSearch, type CustomerSearchHit } from '@loket/web/api-client';
import { useDebouncedValue } from '@loket/web/ui';

export const SEARCH_DEBOUNCE_MS = 200;

export type SearchState =
  | { status: 'idle' }
  | { status: 'too_short' }
  | { status: 'loading' }
  | { status: 'error'; network: boolean }
  /** `updating`: these are the previous results while the newer ones load. */
  | { status: 'done'; q: string; hits: CustomerSearchHit[]; hasMore: boolean; updating: boolean };

/**
 * Search as you type: waits ~200 ms after the last key, asks the API from 2 characters on,
 * and reports one state the screen can show (and announce).
 */
export function useDebouncedCustomerSearch(text: string): { state: SearchState; debounced: string } {
  const debounced = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const query = useCustomerSearch(debounced, SEARCH_LIMIT);
  const current = text.trim();

  if (current.length === 0) return { state: { status: 'idle' }, debounced };
  if (current.length < SEARCH_MIN_LENGTH) return { state: { status: 'too_short' }, debounced };
  if (query.isError) {
    return { state: { status: 'error', network: isApiError(query.error) && query.error.status === 0 }, debounced };
  }
  if (!query.data || debounced.length < SEARCH_MIN_LENGTH) return { state: { status: 'loading' }, debounced };
  return {
    state: {
      status: 'done',
      q: debounced,
      hits: query.data.items,
      hasMore: query.data.nextCursor !== null,
      updating: query.isPlaceholderData || debounced !== current,
    },
    debounced,
  };
}
