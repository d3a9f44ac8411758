/**
 * Moments in Dutch words, in the Netherlands' time zone: the one set of formatters for
 * texts to customers and staff (confirmations, callback texts, digests, exports).
 */
export const DUTCH_TIME_ZONE = 'Europe/Amsterdam';

const STYLES = {
  /** "maandag 7 december 2026 om 09:30". */
  weekdayDateYearTime: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  /** "maandag 7 december om 09:30". */
  weekdayDateTime: { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  /** "maandag 7 december". */
  weekdayDate: { weekday: 'long', day: 'numeric', month: 'long' },
  /** "7 december 2026 om 09:30". */
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  /** "7 december 2026". */
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "09:30". */
  time: { hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DutchTimeStyle = keyof typeof STYLES;

const formatters = new Map<DutchTimeStyle, Intl.DateTimeFormat>();

/** A moment in Dutch, in Dutch time, in one of the house styles. */
export function formatDutch(instant: Date | string | number, style: DutchTimeStyle): string {
  let f = formatters.get(style);
  if (!f) {
    f = new Intl.DateTimeFormat('nl-NL', { timeZone: DUTCH_TIME_ZONE, ...STYLES[style] });
    formatters.set(style, f);
  }
  return f.format(new Date(instant));
}

/** A calendar date (`YYYY-MM-DD`, which has no time zone) in Dutch: "7 december 2026". */
export function formatDutchDate(date: string): string {
  return formatDutch(`${date}T12:00:00Z`, 'date');
}

const dayFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: DUTCH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in the Netherlands at an instant, as `YYYY-MM-DD`. */
export function dutchDate(instant: Date | number = new Date()): string {
  return dayFormatter.format(instant);
}
