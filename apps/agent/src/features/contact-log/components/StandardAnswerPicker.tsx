import { useArticleSearch, type ArticleSearchHit } from '@loket/web/api-client';
import { Button, Dialog, EmptyState, Loading, TextField, useDebouncedValue } from '@loket/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Standaardantwoord invoegen": the knowledge-base articles of the case's topic, or those found
 * by a search; choosing one hands its id to `onPick` (the form fetches its standard answer).
 */
export function StandardAnswerPicker({ topicId, onPick, onClose, busyId }: { topicId: string; onPick: (hit: ArticleSearchHit) => void; onClose: () => void; busyId: string | null }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useDebouncedValue(q, 250);
  const searching = search.trim().length >= 2;
  const hits = useArticleSearch({ q: searching ? search : '', topic: searching ? undefined : topicId, limit: 10 });
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <Dialog title={t('answers.picker.title')} onClose={onClose} initialFocus={inputRef} className="standard-answer-picker">
      <TextField ref={inputRef} label={t('answers.picker.search')} hint={t('answers.picker.searchHint')} value={q} onChange={(e) => setQ(e.target.value)} type="search" />
      <h3 className="standard-answer-picker__heading">{searching ? t('answers.picker.found') : t('answers.picker.forTopic')}</h3>
      {hits.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : (hits.data ?? []).length === 0 ? (
        <EmptyState>{t('answers.picker.none')}</EmptyState>
      ) : (
        <ul className="standard-answer-picker__list">
          {(hits.data ?? []).map((hit) => (
            <li key={hit.id} className="standard-answer-picker__item">
              <span>{hit.title}</span>
              <Button variant="secondary" busy={busyId === hit.id} onClick={() => onPick(hit)} aria-label={t('answers.picker.insertArticle', { title: hit.title })}>
                {t('answers.picker.insert')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <Button variant="secondary" onClick={onClose}>
          {t('answers.picker.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
