import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (⌘+Enter) anywhere in the form saves it, as in the contact panel. */
export function submitOnCtrlEnter(submit: () => unknown) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
}
