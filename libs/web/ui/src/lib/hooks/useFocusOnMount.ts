import { useEffect, useRef } from 'react';

/**
 * Moves the keyboard focus to an element when it first appears (e.g. the page heading after
 * navigation), so keyboard and screen-reader users start at the new content.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
