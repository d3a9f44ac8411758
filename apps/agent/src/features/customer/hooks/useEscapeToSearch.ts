import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { isEditableTarget, lastSearchPath } from '../../search';

/** Esc (outside a form field) brings the agent back to the last search results. */
export function useEscapeToSearch() {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditableTarget(event.target)) return;
      event.preventDefault();
      navigate(lastSearchPath());
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
