import { ARTICLE_SEARCH_MIN_LENGTH, useArticle, useArticleSearch, type ArticleSearchHit } from '@loket/web/api-client';
import { Alert, Badge, Button, Loading, TextField, useDebouncedValue } from '@loket/web/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentCustomerLine } from '../../safety';

/** Search waits until the agent stops typing for this long. */
export const KNOWLEDGE_DEBOUNCE_MS = 200;

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
 * The knowledge base beside "Contact vastleggen": search as you type, suggestions for the chosen
 * topic, the article itself, and "Gebruikt" to record which articles helped answer the question.
 */
export function KnowledgePanel({ topic, used, onUsedChange }: KnowledgePanelProps) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const [text, setText] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const lastOpenedRef = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const debounced = useDebouncedValue(text.trim(), KNOWLEDGE_DEBOUNCE_MS);
  const searching = debounced.length >= ARTICLE_SEARCH_MIN_LENGTH;
  const search = useArticleSearch({ q: searching ? debounced : '', topic: searching ? undefined : topic?.id });
  const active = searching || !!topic;
  const hits = active ? (search.data ?? []) : [];

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
  if (active && search.isSuccess) {
    status = searching
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
          <TextField
            type="search"
            label={t('knowledge.searchLabel')}
            hint={t('knowledge.searchHint')}
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-controls={`${id}-resultaten`}
          />
          <div role="status" aria-live="polite" className="knowledge-panel__status">
            {status}
          </div>
          {active && search.isError ? <Alert tone="error">{t('knowledge.error')}</Alert> : null}
          {active && search.isLoading ? <Loading>{t('knowledge.loading')}</Loading> : null}
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
