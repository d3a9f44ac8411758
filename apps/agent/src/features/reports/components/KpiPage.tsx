import { dutchDate } from '@loket/shared/dutch-time';
import { isApiError, useKpiReport, type KpiReport } from '@loket/web/api-client';
import { Button, Loading, LoadError, TextField, useDocumentTitle, useFocusOnMount, useNow } from '@loket/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export const REPORTS_PATH = '/rapportage';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The previous calendar month (Amsterdam days): every question in it has had its 5 working days, or nearly. */
export function previousMonth(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const mm = String(m).padStart(2, '0');
  return { from: `${y}-${mm}-01`, to: `${y}-${mm}-${String(last).padStart(2, '0')}` };
}

const percent = (rate: number | null, language: string) =>
  rate === null ? null : new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** A horizontal bar per row, its length the share of the largest; the numbers are in the table too. */
function Bars({ caption, rows }: { caption: string; rows: { label: string; value: number; tone?: 'good' | 'bad' | 'open' }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="kpi-bars">
      <caption className="lk-visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <span className="kpi-bars__track" aria-hidden="true">
                <span className={`kpi-bars__bar kpi-bars__bar--${row.tone ?? 'good'}`} style={{ width: `${(row.value / max) * 100}%` }} />
              </span>
              <span className="kpi-bars__value">{row.value}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Figures({ report }: { report: KpiReport }) {
  const { t, i18n } = useTranslation();
  const fcr = report.firstContactResolution;
  const perQuestion = report.contactsPerQuestion;
  const mean = perQuestion.mean === null ? null : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 2 }).format(perQuestion.mean);
  return (
    <div className="kpi-grid">
      <section className="lk-panel" aria-labelledby="kpi-fcr">
        <h2 id="kpi-fcr">{t('reports.fcr.title')}</h2>
        <p className="kpi-figure">{percent(fcr.rate, i18n.language) ?? t('reports.none')}</p>
        <p>{t('reports.fcr.of', { yes: fcr.yes, known: fcr.yes + fcr.no })}</p>
        <Bars
          caption={t('reports.fcr.title')}
          rows={[
            { label: t('reports.fcr.yes'), value: fcr.yes, tone: 'good' },
            { label: t('reports.fcr.no'), value: fcr.no, tone: 'bad' },
            { label: t('reports.fcr.notYetKnown'), value: fcr.notYetKnown, tone: 'open' },
          ]}
        />
        <h3>{t('reports.fcr.definitionTitle')}</h3>
        <p className="kpi-definition">{i18n.language === 'en' ? t('reports.fcr.definition', { days: fcr.windowWorkingDays }) : fcr.definition}</p>
      </section>
      <section className="lk-panel" aria-labelledby="kpi-contacts">
        <h2 id="kpi-contacts">{t('reports.contacts.title')}</h2>
        <p className="kpi-figure">{mean ?? t('reports.none')}</p>
        <p>{t('reports.contacts.mean', { questions: perQuestion.questions })}</p>
        <Bars
          caption={t('reports.contacts.title')}
          rows={[
            { label: t('reports.contacts.one'), value: perQuestion.one, tone: 'good' },
            { label: t('reports.contacts.two'), value: perQuestion.two, tone: 'good' },
            { label: t('reports.contacts.threeOrMore'), value: perQuestion.threeOrMore, tone: 'bad' },
          ]}
        />
        <p className="muted">{t('reports.contacts.target')}</p>
      </section>
    </div>
  );
}

/**
 * "Rapportage" for team leads and admins: first-contact resolution by the honest rule (R5), with
 * the rule in plain words, and contacts per question (R6), for a period of days in the URL.
 */
export function KpiPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.title'), t('app.titleSuffix'));
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const fallback = previousMonth(dutchDate(now));
  const from = DATE.test(params.get('van') ?? '') ? (params.get('van') as string) : fallback.from;
  const to = DATE.test(params.get('tot') ?? '') ? (params.get('tot') as string) : fallback.to;
  const [draft, setDraft] = useState({ from, to });
  const report = useKpiReport({ from, to });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ van: draft.from, tot: draft.to });
  };

  const badPeriod = report.isError && isApiError(report.error) && report.error.status === 400;
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('reports.title')}
      </h1>
      <form className="kpi-period" onSubmit={onSubmit} noValidate>
        <TextField type="date" label={t('reports.from')} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        <TextField
          type="date"
          label={t('reports.to')}
          value={draft.to}
          error={badPeriod ? t('reports.badPeriod') : undefined}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
        />
        <Button type="submit">{t('reports.show')}</Button>
      </form>
      {report.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : report.isError && !badPeriod ? (
        <LoadError offline={isApiError(report.error) && report.error.status === 0} onRetry={() => void report.refetch()} />
      ) : report.data ? (
        <Figures report={report.data} />
      ) : null}
    </>
  );
}
