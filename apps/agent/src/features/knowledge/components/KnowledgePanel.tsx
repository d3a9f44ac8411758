import { ARTICLE_SEARCH_MIN_LENGTH, useArticle, useArticleSearch, useArticleSuggestions, type ArticleSearchHit } from '@loket/web/api-client';
import { Alert, Badge, Button, Loading, TextField, useDebouncedValue } from '@loket/web/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentCustomerLine } from '../../safety';

/** Suggestions wait until the agent stops typing for this long. */
export const KNOWLEDGE_DEBOUNCE_MS = 200;
/** Suggestions while typing; Enter searches for more. */
export const KNOWLEDGE_SUGGESTION_LIMIT = 5;

export interface UsedArticle {
  id: string;
  title: string;
}

interface KnowledgePanelProps {
  /** The topic chosen in the contact form (id): its articles are suggested while nothing is typed. */
  topic: { id: string; name: string } | null;
  /** The articles marked "Gebruikt": sent with the contact as `articleIds`. */
  used: readonly UsedArticle[];
  onUsedChange: (used: UsedArticle[]) => void;
}

/**
 * The knowledge base beside "Contact vastleggen": suggestions as you type (the suggestions endpoint:
 * the last word may be unfinished, "lek" finds Lekkage, and half-typed words are not logged as
 * searches), the search itself on Enter (logged: what finds nothing is the editors' to-do list),
 * the articles of the chosen topic while nothing is typed, the article itself, and "Gebruikt" to
 * record which articles helped answer the question.
 */
export function KnowledgePanel({ topic, used, onUsedChange }: KnowledgePanelProps) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [text, setText] = useState('');
  /** What the agent searched for with Enter; it stands as long as the text does. */
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const lastOpenedRef = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  // Untrimmed at the end: a space tells the API the last word is finished (otherwise "lek" may become "lekkage").
  const debounced = useDebouncedValue(text.trimStart(), KNOWLEDGE_DEBOUNCE_MS);
  const searchedFor = submitted !== null && submitted === text.trim() ? submitted : null;
  const mode: 'search' | 'suggest' | 'topic' | null = searchedFor
    ? 'search'
    : debounced.trim().length >= ARTICLE_SEARCH_MIN_LENGTH
      ? 'suggest'
      : topic
        ? 'topic'
        : null;
  const suggestions = useArticleSuggestions(debounced, KNOWLEDGE_SUGGESTION_LIMIT, mode === 'suggest');
  const search = useArticleSearch({ q: searchedFor ?? '', topic: mode === 'topic' ? topic?.id : undefined }, mode === 'search' || mode === 'topic');
  const results = mode === 'suggest' ? suggestions : search;
  const active = mode !== null;
  const hits = active ? (results.data ?? []) : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q.length >= ARTICLE_SEARCH_MIN_LENGTH) setSubmitted(q);
  };

  const isUsed = (articleId: string) => used.some((item) => item.id === articleId);
  const toggle = (article: UsedArticle) =>
    onUsedChange(isUsed(article.id) ? used.filter((item) => item.id !== article.id) : [...used, { id: article.id, title: article.title }]);

  const open = (hit: ArticleSearchHit) => {
    lastOpenedRef.current = hit.id;
    setOpenId(hit.id);
  };
  const back = () => setOpenId(null);

  // Back from an article: the focus returns to the result it was opened from.
  useEffect(() => {
    if (openId === null && lastOpenedRef.current) {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-article]') ?? [];
      Array.from(buttons).find((button) => button.dataset['article'] === lastOpenedRef.current)?.focus();
    }
  }, [openId]);

  let status = '';
  if (active && results.isSuccess) {
    status = mode !== 'topic'
      ? hits.length > 0 ? t('knowledge.count', { count: hits.length }) : t('knowledge.none')
      : hits.length > 0 ? t('knowledge.suggested', { count: hits.length, topic: topic?.name ?? '' }) : t('knowledge.noneForTopic', { topic: topic?.name ?? '' });
  }

  return (
    <section className="lk-panel knowledge-panel" aria-labelledby={`${id}-titel`}>
      <div className="lk-panel__header">
        <h2 id={`${id}-titel`}>{t('knowledge.title')}</h2>
      </div>
      <CurrentCustomerLine className="knowledge-panel__customer" />
      {used.length > 0 ? (
        <div className="knowledge-used">
          <h3 id={`${id}-gebruikt`} className="knowledge-used__title">{t('knowledge.usedTitle')}</h3>
          <ul className="knowledge-chips" aria-labelledby={`${id}-gebruikt`}>
            {used.map((item) => (
              <li key={item.id} className="knowledge-chip">
                <span>{item.title}</span>
                <button type="button" className="knowledge-chip__remove" aria-label={t('knowledge.removeUsed', { title: item.title })} onClick={() => toggle(item)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {openId ? (
        <ArticleView id={openId} used={isUsed(openId)} onToggle={toggle} onBack={back} />
      ) : (
        <>
          <form role="search" aria-labelledby={`${id}-titel`} onSubmit={onSubmit}>
            <TextField
              type="search"
              label={t('knowledge.searchLabel')}
              hint={t('knowledge.searchHint')}
              autoComplete="off"
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-controls={`${id}-resultaten`}
            />
          </form>
          <div role="status" aria-live="polite" className="knowledge-panel__status">
            {status}
          </div>
          {active && results.isError ? <Alert tone="error">{t('knowledge.error')}</Alert> : null}
          {active && results.isLoading ? <Loading>{t('knowledge.loading')}</Loading> : null}
          <ul id={`${id}-resultaten`} className="knowledge-results" ref={listRef}>
            {hits.map((hit) => (
              <li key={hit.id} className="knowledge-result">
                <button type="button" className="knowledge-result__title" data-article={hit.id} onClick={() => open(hit)}>
                  {hit.title}
                </button>
                {hit.audience === 'internal' ? <Badge tone="info">{t('knowledge.internal')}</Badge> : null}
                {hit.snippet ? (
                  // The API escapes everything in the snippet except <mark> around the search words.
                  <p className="knowledge-result__snippet" dangerouslySetInnerHTML={{ __html: hit.snippet }} />
                ) : null}
                <UsedToggle used={isUsed(hit.id)} title={hit.title} onClick={() => toggle(hit)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function UsedToggle({ used, title, onClick }: { used: boolean; title: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant={used ? 'primary' : 'secondary'} aria-pressed={used} aria-label={t('knowledge.usedFor', { title })} onClick={onClick}>
      {used ? `✓ ${t('knowledge.used')}` : t('knowledge.used')}
    </Button>
  );
}

function ArticleView({ id, used, onToggle, onBack }: { id: string; used: boolean; onToggle: (article: UsedArticle) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const article = useArticle(id);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const loaded = article.isSuccess;

  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  return (
    <article className="knowledge-article" onKeyDown={(event) => (event.key === 'Escape' ? onBack() : undefined)}>
      <Button variant="subtle" onClick={onBack}>
        ← {t('knowledge.back')}
      </Button>
      {article.isLoading ? <Loading>{t('knowledge.loadingArticle')}</Loading> : null}
      {article.isError ? <Alert tone="error">{t('knowledge.articleError')}</Alert> : null}
      {article.data ? (
        <>
          <h3 ref={headingRef} tabIndex={-1}>{article.data.title}</h3>
          {article.data.audience === 'internal' ? <Badge tone="info">{t('knowledge.internal')}</Badge> : null}
          {/* bodyHtml is sanitized by the API (no scripts, no javascript: links). */}
          <div className="knowledge-article__body" dangerouslySetInnerHTML={{ __html: article.data.bodyHtml }} />
          <UsedToggle used={used} title={article.data.title} onClick={() => onToggle({ id: article.data.id, title: article.data.title })} />
        </>
      ) : null}
    </article>
  );
}
