import { ARTICLE_SEARCH_MIN_LENGTH, usePortalArticles, usePortalArticleSearch, type ArticleListItem } from '@loket/web/api-client';
import { Alert, Loading, TextField, useDebouncedValue, useDocumentTitle } from '@loket/web/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { articlePath, FAQ_DEBOUNCE_MS } from './paths';

/** "Veelgestelde vragen": search the public articles, or browse them by category. The search is kept in the URL (?q=). */
export function FaqPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('faq.title'), t('app.titleSuffix'));
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const debounced = useDebouncedValue(text.trim(), FAQ_DEBOUNCE_MS);
  const searching = debounced.length >= ARTICLE_SEARCH_MIN_LENGTH;
  const search = usePortalArticleSearch(searching ? debounced : '');
  const list = usePortalArticles();

  useEffect(() => {
    if ((params.get('q') ?? '') === debounced) return;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, params, setParams]);

  const hits = searching ? (search.data ?? []) : [];
  const status = searching && search.isSuccess ? (hits.length > 0 ? t('faq.count', { count: hits.length }) : t('faq.none')) : '';

  return (
    <>
      <h1>{t('faq.title')}</h1>
      <p className="lead">{t('faq.intro')}</p>
      <form role="search" className="faq-search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          type="search"
          label={t('faq.searchLabel')}
          hint={t('faq.searchHint')}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </form>
      <div role="status" className="status-message">
        {status}
      </div>
      {searching ? (
        <>
          {search.isError ? <Alert tone="error">{t('faq.searchError')}</Alert> : null}
          <ul className="faq-results">
            {hits.map((hit) => (
              <li key={hit.id} className="faq-result">
                <Link to={articlePath(hit.id)} className="faq-result__title">
                  {hit.title}
                </Link>
                {/* The API escapes everything in the snippet except <mark> around the search words. */}
                <p className="faq-result__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </li>
            ))}
          </ul>
          {search.isSuccess && hits.length === 0 ? (
            <p>
              {t('faq.noneHelp')} <Link to="/vragen/nieuw">{t('faq.askLink')}</Link>
            </p>
          ) : null}
        </>
      ) : list.isLoading ? (
        <Loading>{t('faq.loading')}</Loading>
      ) : list.isError ? (
        <Alert tone="error">{t('faq.listError')}</Alert>
      ) : (
        <ByCategory items={list.data ?? []} />
      )}
    </>
  );
}

function ByCategory({ items }: { items: ArticleListItem[] }) {
  const { t } = useTranslation();
  const other = t('faq.otherCategory');
  const groups = new Map<string, ArticleListItem[]>();
  for (const item of items) {
    const category = item.category?.trim() || other;
    groups.set(category, [...(groups.get(category) ?? []), item]);
  }
  // Alphabetical, with "Overig" last.
  const names = [...groups.keys()].sort((a, b) => (a === other ? 1 : b === other ? -1 : a.localeCompare(b, 'nl')));
  if (names.length === 0) return <p>{t('faq.empty')}</p>;
  return (
    <>
      {names.map((name) => (
        <section key={name} className="faq-category" aria-label={name}>
          <h2>{name}</h2>
          <ul>
            {(groups.get(name) ?? []).map((item) => (
              <li key={item.id}>
                <Link to={articlePath(item.id)}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
