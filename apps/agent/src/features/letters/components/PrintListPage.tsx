import { isApiError, lettersApi, useLetters, useMarkLettersPrinted, type Letter, type LetterStatus } from '@loket/web/api-client';
import { Alert, Button, EmptyState, formatDateTime, intlLocale, Loading, LoadError, SafetyFlag, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const LETTERS_PATH = '/brieven';

/** Opens a letter's PDF in a new tab (fetched with the session's token). */
async function openPdf(id: string): Promise<void> {
  const file = await lettersApi.pdf(id);
  const url = URL.createObjectURL(file.blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "Printlijst": the letters to print (confirmations and answers for customers without e-mail), marked printed in batches; and those printed. */
export function PrintListPage() {
  const { t } = useTranslation();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [status, setStatus] = useState<LetterStatus>('to_print');
  useDocumentTitle(t('letters.title'), t('app.titleSuffix'));
  return (
    <article className="print-list" aria-labelledby="printlijst-titel">
      <h1 id="printlijst-titel" ref={headingRef} tabIndex={-1}>
        {t('letters.title')}
      </h1>
      <p>{t('letters.intro')}</p>
      <div className="button-row" role="group" aria-label={t('letters.show')}>
        <Button variant={status === 'to_print' ? 'primary' : 'secondary'} aria-pressed={status === 'to_print'} onClick={() => setStatus('to_print')}>
          {t('letters.toPrint')}
        </Button>
        <Button variant={status === 'printed' ? 'primary' : 'secondary'} aria-pressed={status === 'printed'} onClick={() => setStatus('printed')}>
          {t('letters.printed')}
        </Button>
      </div>
      <LetterList key={status} status={status} />
    </article>
  );
}

function LetterList({ status }: { status: LetterStatus }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const letters = useLetters(status);
  const mark = useMarkLettersPrinted();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (letters.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (letters.isError) return <LoadError offline={isApiError(letters.error) && letters.error.status === 0} onRetry={() => void letters.refetch()} />;
  const items: Letter[] = letters.data.pages.flatMap((p) => p.items);
  const toPrint = letters.data.pages[0]?.toPrint ?? 0;
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = items.length > 0 && items.every((l) => selected.has(l.id));
  const markPrinted = () => {
    setMessage(null);
    setError(null);
    mark.mutate([...selected], {
      onSuccess: (result) => {
        setSelected(new Set());
        setMessage(t('letters.markedPrinted', { count: result.printed.length }));
      },
      onError: () => setError(t('app.genericError')),
    });
  };
  const open = (id: string) => {
    setError(null);
    openPdf(id).catch(() => setError(t('letters.pdfFailed')));
  };
  return (
    <section aria-label={status === 'to_print' ? t('letters.toPrint') : t('letters.printed')}>
      {status === 'to_print' ? <p className="print-list__count">{t('letters.count', { count: toPrint })}</p> : null}
      <div role="status" className="status-message">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>
      <div aria-live="assertive">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      {items.length === 0 ? (
        <EmptyState>{status === 'to_print' ? t('letters.emptyToPrint') : t('letters.emptyPrinted')}</EmptyState>
      ) : (
        <>
          {status === 'to_print' ? (
            <div className="button-row print-list__actions">
              <label className="print-list__all">
                <input type="checkbox" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((l) => l.id)))} /> {t('letters.selectAll')}
              </label>
              <Button disabled={selected.size === 0} busy={mark.isPending} onClick={markPrinted}>
                {t('letters.markPrinted', { count: selected.size })}
              </Button>
            </div>
          ) : null}
          <table className="lk-table print-list__table">
            <caption className="lk-visually-hidden">{status === 'to_print' ? t('letters.toPrint') : t('letters.printed')}</caption>
            <thead>
              <tr>
                {status === 'to_print' ? <th scope="col">{t('letters.select')}</th> : null}
                <th scope="col">{t('letters.customer')}</th>
                <th scope="col">{t('letters.subject')}</th>
                <th scope="col">{status === 'to_print' ? t('letters.created') : t('letters.printedAt')}</th>
                <th scope="col">{t('letters.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((letter) => (
                <tr key={letter.id}>
                  {status === 'to_print' ? (
                    <td>
                      <input
                        type="checkbox"
                        checked={selected.has(letter.id)}
                        onChange={() => toggle(letter.id)}
                        aria-label={t('letters.selectOne', { subject: letter.subject, name: letter.customer?.fullName ?? '' })}
                      />
                    </td>
                  ) : null}
                  <td>
                    {letter.customer ? (
                      <>
                        <Link to={`/klanten/${encodeURIComponent(letter.customer.id)}`}>{letter.customer.fullName}</Link>{' '}
                        <SafetyFlag codes={letter.customer.safetyMarkers} />
                      </>
                    ) : (
                      t('letters.unknownCustomer')
                    )}
                  </td>
                  <td>
                    {letter.subject}
                    <span className="print-list__kind"> · {t(`letters.kind.${letter.kind}`)}</span>
                  </td>
                  <td>
                    {status === 'to_print'
                      ? formatDateTime(letter.createdAt, locale)
                      : `${formatDateTime(letter.printedAt, locale) ?? ''}${letter.printedBy ? ` · ${letter.printedBy.displayName}` : ''}`}
                  </td>
                  <td>
                    <Button variant="secondary" onClick={() => open(letter.id)} aria-label={t('letters.openPdfFor', { subject: letter.subject })}>
                      {t('letters.openPdf')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {letters.hasNextPage ? (
            <Button variant="secondary" busy={letters.isFetchingNextPage} onClick={() => void letters.fetchNextPage()}>
              {t('letters.more')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
