import type { KeyboardEvent } from 'react';

/** Ctrl+Enter (⌘+Enter) anywhere in a form saves it, as in the contact panel: `onKeyDown={submitOnCtrlEnter(onSubmit)}`. */
export function submitOnCtrlEnter(submit: () => unknown) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
}
