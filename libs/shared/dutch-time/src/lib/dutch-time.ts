/**
 * Moments in Dutch words, in the Netherlands' time zone: the one set of formatters for
 * texts to customers and staff (confirmations, callback texts, digests, exports), and the
 * zoned helpers the SPAs build their (Dutch or English) texts with.
 *
 * No imports: the SPAs load this library alone, without the business calendar and its holiday
 * tables (`@loket/shared/business-calendar` re-exports it for the server).
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

const zoned = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl date formatter in a time zone (Dutch time unless told), made once per locale, zone and
 * options: the SPAs' texts in the UI language ('nl-NL', 'en-GB') go through this.
 */
export function zonedFormatter(locale: string, options: Intl.DateTimeFormatOptions, timeZone: string = DUTCH_TIME_ZONE): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, timeZone, options]);
  let f = zoned.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    zoned.set(key, f);
  }
  return f;
}

/** The date in `timeZone` at an instant, as `YYYY-MM-DD`. */
export function zonedDate(instant: Date | number, timeZone: string = DUTCH_TIME_ZONE): string {
  return zonedFormatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }, timeZone).format(instant);
}

/** The date in the Netherlands at an instant, as `YYYY-MM-DD`. */
export function dutchDate(instant: Date | number = new Date()): string {
  return zonedDate(instant, DUTCH_TIME_ZONE);
}

/** An instant's local date and time in `timeZone`: { date: "2026-12-08", time: "08:30" }. */
export function zonedDateTime(instant: Date | number, timeZone: string = DUTCH_TIME_ZONE): { date: string; time: string } {
  const parts = zonedFormatter(
    'en-CA',
    { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    timeZone,
  ).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (+60 in Dutch winter time, +120 in summer). */
export function zoneOffsetMinutes(instant: Date | number, timeZone: string = DUTCH_TIME_ZONE): number {
  const name =
    zonedFormatter('en-US', { timeZoneName: 'longOffset' }, timeZone)
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

/**
 * A local date and time in `timeZone` ("2026-12-08", "08:30") as ISO 8601 with its offset
 * ("2026-12-08T08:30:00+01:00"); null when it is no date or time.
 */
export function zonedIso(date: string, time: string, timeZone: string = DUTCH_TIME_ZONE): string | null {
  const d = LOCAL_DATE.exec(date);
  const t = LOCAL_TIME.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wall).getUTCDate() !== day) return null;
  // Twice: the first guess may sit on the other side of a change to or from summer time.
  let offset = zoneOffsetMinutes(wall, timeZone);
  offset = zoneOffsetMinutes(wall - offset * 60_000, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  return `${date}T${time}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
