export { SearchPage } from './components/SearchPage';
export { SEARCH_INPUT_ID } from './components/CustomerSearch';
export { lastSearchPath } from './hooks/lastSearch';
export { isEditableTarget, useSearchShortcut } from './hooks/useSearchShortcut';
