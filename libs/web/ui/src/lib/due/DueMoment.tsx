import type { CalendarSettings } from '@loket/shared/business-calendar';
import { useTranslation } from 'react-i18next';
import { useBusinessTime } from './business-time';
import { formatDue, type DueClock, type DueRisk } from './due';

export interface DueMomentProps {
  /** The target: due moment, clock state, breach and when it was met. */
  clock: DueClock;
  /** "Now", passed in (see `useNow`), so the words match the moment the screen was drawn. */
  now: Date;
  /**
   * The organization's business calendar (GET /sla/calendar); without it, and until the calendar
   * code has loaded, there are no work-hour texts and no "at risk".
   */
  calendar?: CalendarSettings | null;
  /** `full` shows the full date under the text; `compact` keeps it for screen readers only. */
  variant?: 'full' | 'compact';
  className?: string;
}

/** Risks that the short text does not name itself: screen readers hear the risk first. */
const SPOKEN_RISK: ReadonlySet<DueRisk> = new Set(['at_risk', 'ok']);

/** A distinct shape per risk, so the badge never relies on colour alone (1.4.1). */
function RiskIcon({ risk }: { risk: DueRisk }) {
  const common = { 'aria-hidden': true, focusable: false, width: 16, height: 16, viewBox: '0 0 16 16', className: 'lk-due__icon' } as const;
  switch (risk) {
    case 'breached':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="7.5" fill="currentColor" />
          <rect x="7" y="3.5" width="2" height="6" rx="1" fill="var(--lk-due-icon-contrast, #a8071a)" />
          <circle cx="8" cy="12" r="1.1" fill="var(--lk-due-icon-contrast, #a8071a)" />
        </svg>
      );
    case 'at_risk':
      return (
        <svg {...common}>
          <path d="M8 1.2 15.2 14.5H.8Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <rect x="7.2" y="5.5" width="1.6" height="4.8" rx=".8" fill="currentColor" />
          <circle cx="8" cy="12.3" r=".95" fill="currentColor" />
        </svg>
      );
    case 'ok':
      return (
        <svg {...common}>
          <circle cx="8" cy="8" r="6.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M8 4v4.3l2.8 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      );
    case 'paused':
      return (
        <svg {...common}>
          <rect x="3.5" y="2.5" width="3" height="11" rx="1" fill="currentColor" />
          <rect x="9.5" y="2.5" width="3" height="11" rx="1" fill="currentColor" />
        </svg>
      );
    case 'done':
      return (
        <svg {...common}>
          <path d="M2.5 8.5 6.3 12 13.5 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      );
  }
}

/**
 * A due moment as people say it ("uiterlijk morgen 17:00", "over 3 werkuren", "2 werkuren te laat",
 * "gepauzeerd: wacht op klant") in a badge coloured per risk, with an icon per risk and the full date
 * as text (no tooltip). Renders the `due.none` text when there is no target.
 * Texts: `due.*` of this library.
 */
export function DueMoment({ clock, now, calendar, variant = 'compact', className }: DueMomentProps) {
  const { t, i18n } = useTranslation();
  const businessTime = useBusinessTime(calendar);
  const due = formatDue(clock, { now, businessTime, t, language: i18n.language });
  if (!due) return <span className={['lk-due', 'lk-due--none', className].filter(Boolean).join(' ')}>{t('due.none')}</span>;
  const { risk, text, fullDate, dateTime } = due;
  return (
    <span className={['lk-due', `lk-due--${risk}`, `lk-due--${variant}`, className].filter(Boolean).join(' ')} data-risk={risk}>
      <span className="lk-due__badge">
        <RiskIcon risk={risk} />
        {SPOKEN_RISK.has(risk) ? <span className="lk-visually-hidden">{t(`due.risk.${risk}`)}: </span> : null}
        {dateTime ? <time dateTime={dateTime}>{text}</time> : <span>{text}</span>}
      </span>
      {fullDate ? (
        <span className={variant === 'full' ? 'lk-due__full' : 'lk-visually-hidden'}>
          {variant === 'full' ? null : ' '}
          {t('due.deadline', { moment: fullDate })}
        </span>
      ) : null}
    </span>
  );
}
