import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { CustomerSearchHit } from '@loket/web/api-client';
import { useDebouncedCustomerSearch, type SearchState } from '../api/useDebouncedCustomerSearch';
import { rememberSearch } from '../hooks/lastSearch';
import { SearchHit } from './SearchHit';

export const SEARCH_INPUT_ID = 'klant-zoeken';

function useStatusText(state: SearchState): string {
  const { t } = useTranslation();
  switch (state.status) {
    case 'idle':
      return '';
    case 'too_short':
      return t('search.tooShort');
    case 'loading':
      return t('search.searching');
    case 'error':
      return state.network ? t('app.networkError') : t('search.error');
    case 'done':
      if (state.updating) return t('search.searching');
      if (state.hits.length === 0) return t('search.none', { q: state.q });
      if (state.hasMore) return t('search.more', { count: state.hits.length });
      return t('search.count', { count: state.hits.length });
  }
}

/**
 * The agent's main tool: one box that answers while typing. It follows the ARIA combobox
 * pattern: focus stays in the box, ↑/↓ move through the results, Enter opens the customer,
 * Esc clears the choice (and then the text). The query lives in the URL (?q=).
 */
export function CustomerSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const [activeId, setActiveId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId().replace(/:/g, '');
  const { state, debounced } = useDebouncedCustomerSearch(text);
  const statusText = useStatusText(state);

  const hits: CustomerSearchHit[] = state.status === 'done' ? state.hits : [];
  const activeIndex = hits.findIndex((hit) => hit.id === activeId);
  const open = hits.length > 0;
  const optionId = (hit: CustomerSearchHit) => `${listId}-${hit.id}`;

  // Keep the query in the URL (shareable, survives reload) and remember it for Esc-back.
  useEffect(() => {
    const current = params.get('q') ?? '';
    if (current !== debounced) {
      setParams(debounced ? { q: debounced } : {}, { replace: true });
    }
    rememberSearch(debounced);
  }, [debounced, params, setParams]);

  // Start typing straight away; coming back from a customer, the old text is selected.
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  useEffect(() => {
    if (activeIndex < 0) return;
    document.getElementById(optionId(hits[activeIndex]))?.scrollIntoView?.({ block: 'nearest' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const openHit = (hit: CustomerSearchHit) => {
    rememberSearch(debounced);
    navigate(`/klanten/${encodeURIComponent(hit.id)}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        if (!open) return;
        event.preventDefault();
        setActiveId(hits[activeIndex < hits.length - 1 ? activeIndex + 1 : 0].id);
        return;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActiveId(hits[activeIndex > 0 ? activeIndex - 1 : hits.length - 1].id);
        return;
      case 'Enter': {
        event.preventDefault();
        const updating = state.status === 'done' && state.updating;
        if (activeIndex >= 0) openHit(hits[activeIndex]);
        else if (hits.length === 1 && !updating) openHit(hits[0]);
        return;
      }
      case 'Escape':
        if (activeIndex >= 0) {
          event.preventDefault();
          setActiveId(null);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        return;
    }
  };

  return (
    <div className="customer-search">
      <form role="search" aria-label={t('search.title')} onSubmit={(event) => event.preventDefault()}>
        <label className="customer-search__label" htmlFor={SEARCH_INPUT_ID}>
          {t('search.label')}
        </label>
        <p className="customer-search__hint" id={`${SEARCH_INPUT_ID}-hint`}>
          {t('search.hint')} <span className="customer-search__keys">{t('search.keyboardHint')}</span>
        </p>
        <input
          ref={inputRef}
          id={SEARCH_INPUT_ID}
          className="lk-input customer-search__input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={activeIndex >= 0 ? optionId(hits[activeIndex]) : undefined}
          aria-describedby={`${SEARCH_INPUT_ID}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActiveId(null);
          }}
          onKeyDown={onKeyDown}
        />
      </form>
      <p className="customer-search__status" role="status" aria-live="polite" aria-atomic="true">
        {statusText}
      </p>
      {open ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('search.resultsLabel')}
          aria-busy={state.status === 'done' && state.updating}
          className="search-results"
        >
          {hits.map((hit, index) => (
            // Keyboard users reach the options from the box (aria-activedescendant); a click opens.
            <li
              key={hit.id}
              id={optionId(hit)}
              role="option"
              aria-selected={index === activeIndex}
              className={`search-hit${index === activeIndex ? ' is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => openHit(hit)}
            >
              <SearchHit hit={hit} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
