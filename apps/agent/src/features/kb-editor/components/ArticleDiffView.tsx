import { useArticleDiff, type ArticleDiff } from '@loket/web/api-client';
import { Alert, Button, Loading, VisuallyHidden, useFocusOnMount } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';

/**
 * Two versions of an article compared: the title, who it is for, the questions and the text. Added
 * parts are green with "+", removed ones red with "−" and struck through; screen readers hear
 * "Toegevoegd:" and "Verwijderd:". The heading takes the focus when it opens.
 */
export function ArticleDiffView({ articleId, from, to, onClose }: { articleId: string; from: number; to: number; onClose: () => void }) {
  const { t } = useTranslation();
  const diff = useArticleDiff(articleId, from, to);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="kb-diff" aria-labelledby="vergelijking">
      <h3 id="vergelijking" ref={headingRef} tabIndex={-1}>
        {t('kbEditor.diff.title', { from, to })}
      </h3>
      {diff.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {diff.isError ? (
        <Alert tone="error" live="alert">
          <p>{t('kbEditor.diff.error')}</p>
          <Button variant="secondary" onClick={() => void diff.refetch()}>
            {t('app.retry')}
          </Button>
        </Alert>
      ) : null}
      {diff.data ? <DiffContent diff={diff.data} /> : null}
      <Button variant="secondary" onClick={onClose}>
        {t('kbEditor.diff.close')}
      </Button>
    </section>
  );
}

function unchanged(diff: ArticleDiff): boolean {
  return !diff.title && !diff.audience && diff.questions.added.length === 0 && diff.questions.removed.length === 0 && diff.body.every((part) => part.kind === 'same');
}

function DiffContent({ diff }: { diff: ArticleDiff }) {
  const { t } = useTranslation();
  if (unchanged(diff)) return <p>{t('kbEditor.diff.nothing')}</p>;
  const bodyChanged = diff.body.some((part) => part.kind !== 'same');
  return (
    <>
      <p className="muted">{t('kbEditor.diff.legend')}</p>
      {diff.title ? (
        <>
          <h4>{t('kbEditor.fields.title')}</h4>
          <p className="kb-diff__lines">
            <Change kind="removed">{diff.title.from}</Change>
            <Change kind="added">{diff.title.to}</Change>
          </p>
        </>
      ) : null}
      {diff.audience ? (
        <>
          <h4>{t('kbEditor.fields.audience')}</h4>
          <p className="kb-diff__lines">
            <Change kind="removed">{t(`kbEditor.audiences.${diff.audience.from}`)}</Change>
            <Change kind="added">{t(`kbEditor.audiences.${diff.audience.to}`)}</Change>
          </p>
        </>
      ) : null}
      {diff.questions.added.length > 0 || diff.questions.removed.length > 0 ? (
        <>
          <h4>{t('kbEditor.diff.questions')}</h4>
          <ul className="kb-diff__list">
            {diff.questions.removed.map((question) => (
              <li key={`-${question}`}>
                <Change kind="removed">{question}</Change>
              </li>
            ))}
            {diff.questions.added.map((question) => (
              <li key={`+${question}`}>
                <Change kind="added">{question}</Change>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{t('kbEditor.diff.body')}</h4>
      {bodyChanged ? (
        <div className="kb-diff__body kb-diff__lines">
          {diff.body.map((part, index) =>
            part.kind === 'same' ? (
              <span key={index} className="kb-diff__same">
                {lines(part.text).map((line, n) => (
                  <span key={n} className="kb-diff__line">
                    {line || '\u00a0'}
                  </span>
                ))}
              </span>
            ) : (
              <Change key={index} kind={part.kind} multiline>
                {part.text}
              </Change>
            ),
          )}
        </div>
      ) : (
        <p>{t('kbEditor.diff.bodySame')}</p>
      )}
    </>
  );
}

/** A part's lines without the last line break (the API gives whole lines). */
function lines(text: string): string[] {
  return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** An added (<ins>) or removed (<del>) part: a sign per line, and what it is in words for screen readers. */
function Change({ kind, multiline = false, children }: { kind: 'added' | 'removed'; multiline?: boolean; children: string }) {
  const { t } = useTranslation();
  const Tag = kind === 'added' ? 'ins' : 'del';
  const sign = kind === 'added' ? '+' : '−';
  return (
    <Tag className={`kb-diff__change kb-diff__change--${kind}`}>
      <VisuallyHidden>{t(kind === 'added' ? 'kbEditor.diff.added' : 'kbEditor.diff.removed')} </VisuallyHidden>
      {(multiline ? lines(children) : [children]).map((line, n) => (
        <span key={n} className="kb-diff__line">
          <span className="kb-diff__sign" aria-hidden="true">
            {sign}
          </span>
          {line || '\u00a0'}
        </span>
      ))}
    </Tag>
  );
}
