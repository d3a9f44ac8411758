import { useEffect } from 'react';

/** Sets the tab title, e.g. "Kees van den Berg – Loket", so every page has a unique title (2.4.2). */
export function useDocumentTitle(title: string | null | undefined, suffix?: string) {
  useEffect(() => {
    if (!title) return;
    document.title = suffix ? `${title} – ${suffix}` : title;
  }, [title, suffix]);
}
