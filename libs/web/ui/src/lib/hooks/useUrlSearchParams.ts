import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

type Update = (previous: URLSearchParams) => URLSearchParams;

/**
 * The page's search parameters (filters, tabs, paging live in the URL) with updates that build on
 * each other. react-router hands a functional update the parameters of the last render, so a
 * second change made before the page rendered the first (choosing a channel right after a team)
 * would drop the first. Here every update starts from the newest parameters, rendered or not.
 */
export function useUrlSearchParams(): [URLSearchParams, (update: Update, options?: NavigateOptions) => void] {
  const [params, setParams] = useSearchParams();
  const pending = useRef<URLSearchParams | null>(null);
  // Rendered: the URL is the truth again.
  useEffect(() => {
    pending.current = null;
  }, [params]);
  const update = useCallback(
    (change: Update, options?: NavigateOptions) => {
      const next = change(new URLSearchParams(pending.current ?? params));
      pending.current = next;
      setParams(next, options);
    },
    [params, setParams],
  );
  return [params, update];
}
