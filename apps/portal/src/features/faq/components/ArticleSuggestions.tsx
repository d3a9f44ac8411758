import { usePortalArticleSuggestions } from '@loket/web/api-client';
import { useDebouncedValue } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { articlePath, FAQ_DEBOUNCE_MS } from './paths';

export const SUGGESTION_LIMIT = 3;

/**
 * "Misschien staat het antwoord hier al": up to 3 public articles that match what the tenant is
 * typing in "Stel een vraag", before they send it (the suggestions endpoint: the last word may be
 * unfinished, and what is typed is not logged as a search). They open in a new tab, so the question stays.
 */
export function ArticleSuggestions({ text }: { text: string }) {
  const { t } = useTranslation();
  // Untrimmed: a space at the end tells the API the last word is finished (otherwise "lek" may become "lekkage").
  const debounced = useDebouncedValue(text.trimStart(), FAQ_DEBOUNCE_MS);
  const search = usePortalArticleSuggestions(debounced, SUGGESTION_LIMIT);
  const hits = debounced.trim().length >= 2 ? (search.data ?? []) : [];

  return (
    <div className="faq-suggestions-region">
      <div role="status" className="status-message">
        {hits.length > 0 ? t('faq.suggestions.count', { count: hits.length }) : ''}
      </div>
      {hits.length > 0 ? (
        <section className="faq-suggestions lk-panel" aria-labelledby="misschien-antwoord">
          <h2 id="misschien-antwoord">{t('faq.suggestions.title')}</h2>
          <ul>
            {hits.map((hit) => (
              <li key={hit.id}>
                <Link to={articlePath(hit.id)} target="_blank" rel="noopener">
                  {hit.title}
                  <span className="lk-visually-hidden"> {t('faq.suggestions.newTab')}</span>
                </Link>
                <p className="faq-result__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            ))}
          </ul>
          <p className="muted">{t('faq.suggestions.stillAsk')}</p>
        </section>
      ) : null}
    </div>
  );
}
