import Holidays from 'date-holidays';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** `['08:30','12:00']`, or the object form to mark an interval appointment-only. `to <= from` crosses midnight. */
export type OpeningInterval = [string, string] | { from: string; to: string; appointmentOnly?: boolean; overnight?: boolean };
export type WeeklyHours = Record<Weekday, OpeningInterval[]>;

/** A date `YYYY-MM-DD`, or an inclusive range of dates. */
export type ClosingDay = string | { from: string; to: string; reason?: string };

export interface PublicHolidaySettings {
  country: 'NL';
  goodFriday: 'open' | 'closed';
  liberationDay: 'every_year' | 'lustrum_years' | 'never';
}

/** Accepts the `CalendarSettings` shape of apps/api demo data; the other fields are optional extensions. */
export interface CalendarSettings {
  timeZone: string;
  openingHours: WeeklyHours;
  publicHolidays?: PublicHolidaySettings;
  description?: string;
  /** Extra closing days (a date or a range). */
  closingDays?: ClosingDay[];
  /** A new weekly schedule valid from a date on (inclusive), until a later change. */
  hoursChanges?: { from: string; openingHours: WeeklyHours }[];
}

/** A location (woonpunt) may override the organization's opening hours and add closing days. */
export interface LocationCalendarSettings {
  openingHours?: WeeklyHours;
  hoursChanges?: { from: string; openingHours: WeeklyHours }[];
  closingDays?: ClosingDay[];
}

export interface Holiday {
  date: string;
  name: string;
}

export interface Pause {
  from: Date;
  to: Date;
}

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;
/** Give up when a calendar has no opening time for this many days. */
const MAX_EMPTY_DAYS = 3 * 366;
/**
 * Counting business time walks the calendar day by day: spans longer than this are refused
 * (RangeError) instead of walking thousands of years for a moment dated 9999. No promise we
 * keep runs anywhere near this long; callers with far moments say "far off" without counting.
 */
export const MAX_COUNTED_DAYS = 10 * 366;
const WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// ---------------------------------------------------------------- time zone

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const QUARTER_MS = 900_000;
const offsetCaches = new Map<string, Map<number, number>>();

/**
 * Offset (local − UTC) in ms at a UTC instant. Time-zone transitions fall on whole quarter
 * hours, so the offset is cached per quarter hour: Intl is asked once per zone and quarter.
 */
function offsetAt(timeZone: string, utcMs: number): number {
  const quarter = Math.floor(utcMs / QUARTER_MS);
  let cache = offsetCaches.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(timeZone, cache);
  }
  let offset = cache.get(quarter);
  if (offset === undefined) {
    offset = intlOffsetAt(timeZone, quarter * QUARTER_MS);
    if (cache.size > 200_000) cache.clear();
    cache.set(quarter, offset);
  }
  return offset;
}

function intlOffsetAt(timeZone: string, utcMs: number): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(whole))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const local = Date.UTC(p['year'], p['month'] - 1, p['day'], p['hour'] % 24, p['minute'], p['second']);
  return local - whole;
}

/** Wall-clock ms (as if UTC) → UTC instant. Ambiguous → earlier; non-existent → shifted forward. */
function zonedToUtc(timeZone: string, localMs: number): number {
  const before = offsetAt(timeZone, localMs - DAY_MS);
  const after = offsetAt(timeZone, localMs + DAY_MS);
  for (const o of before >= after ? [before, after] : [after, before]) {
    if (offsetAt(timeZone, localMs - o) === o) return localMs - o;
  }
  return localMs - before;
}

/** Local calendar day number (days since 1970-01-01) of a UTC instant. */
function localDay(timeZone: string, utcMs: number): number {
  return Math.floor((utcMs + offsetAt(timeZone, utcMs)) / DAY_MS);
}

function parseDate(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`Invalid date "${s}", expected YYYY-MM-DD`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parseTime(s: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(s);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) throw new Error(`Invalid time "${s}", expected HH:MM`);
  return (Number(m[1]) * 60 + Number(m[2])) * MIN_MS;
}

// ---------------------------------------------------------------- compiled calendar

interface RawInterval {
  start: number;
  end: number;
  appointmentOnly: boolean;
}
interface Span {
  start: number;
  end: number;
}
interface ParsedInterval {
  from: number;
  to: number;
  appointmentOnly: boolean;
}
type ParsedWeek = ParsedInterval[][]; // index 0 = Sunday

interface Compiled {
  tz: string;
  schedules: { from: number; week: ParsedWeek }[]; // ascending by from; first has from = -Infinity
  closedRanges: Span[]; // day numbers, inclusive
  holidays: PublicHolidaySettings | undefined;
  holidayCache: Map<number, Map<number, string>>;
  dayCache: Map<number, RawInterval[]>;
}

function parseWeek(hours: WeeklyHours): ParsedWeek {
  return WEEKDAYS.map((wd) =>
    (hours[wd] ?? []).map((iv) => {
      const [from, to, appointmentOnly] = Array.isArray(iv) ? [iv[0], iv[1], false] : [iv.from, iv.to, iv.appointmentOnly ?? false];
      const f = parseTime(from);
      let t = parseTime(to);
      if (t <= f) t += DAY_MS; // crosses midnight
      return { from: f, to: t, appointmentOnly };
    }),
  );
}

const compiledCache = new WeakMap<CalendarSettings, Compiled>();

function compile(cal: CalendarSettings): Compiled {
  let c = compiledCache.get(cal);
  if (c) return c;
  const schedules = [{ from: -Infinity, week: parseWeek(cal.openingHours) }];
  for (const ch of [...(cal.hoursChanges ?? [])].sort((a, b) => parseDate(a.from) - parseDate(b.from))) {
    schedules.push({ from: parseDate(ch.from), week: parseWeek(ch.openingHours) });
  }
  const closedRanges = (cal.closingDays ?? []).map((cd) =>
    typeof cd === 'string' ? { start: parseDate(cd), end: parseDate(cd) } : { start: parseDate(cd.from), end: parseDate(cd.to) },
  );
  c = {
    tz: cal.timeZone || 'Europe/Amsterdam',
    schedules,
    closedRanges,
    holidays: cal.publicHolidays,
    holidayCache: new Map(),
    dayCache: new Map(),
  };
  compiledCache.set(cal, c);
  return c;
}

let nlHolidays: Holidays | undefined;
const nlYearCache = new Map<number, { day: number; name: string; type: string }[]>();
function nlYear(year: number): { day: number; name: string; type: string }[] {
  let list = nlYearCache.get(year);
  if (!list) {
    nlHolidays ??= new Holidays('NL');
    list = nlHolidays.getHolidays(year).map((h) => ({ day: parseDate(h.date.slice(0, 10)), name: h.name, type: h.type }));
    nlYearCache.set(year, list);
  }
  return list;
}

/** Closed public holidays of a year: day number → Dutch name. Cached per calendar and year. */
function closedHolidays(c: Compiled, year: number): Map<number, string> {
  let m = c.holidayCache.get(year);
  if (m) return m;
  m = new Map();
  const ph = c.holidays;
  if (ph) {
    for (const h of nlYear(year)) {
      let closed = false;
      if (h.name === 'Goede Vrijdag') closed = ph.goodFriday === 'closed';
      else if (h.name === 'Bevrijdingsdag') closed = ph.liberationDay === 'every_year' || (ph.liberationDay === 'lustrum_years' && year % 5 === 0);
      else closed = h.type === 'public';
      if (closed) m.set(h.day, h.name);
    }
  }
  c.holidayCache.set(year, m);
  return m;
}

function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

function isClosedDay(c: Compiled, day: number): boolean {
  if (closedHolidays(c, yearOfDay(day)).has(day)) return true;
  return c.closedRanges.some((r) => day >= r.start && day <= r.end);
}

/** Opening intervals (UTC ms) that start on local day `day`; empty when that day is closed. */
function dayIntervals(c: Compiled, day: number): RawInterval[] {
  let list = c.dayCache.get(day);
  if (list) return list;
  list = [];
  if (!isClosedDay(c, day)) {
    let week = c.schedules[0].week;
    for (const s of c.schedules) if (s.from <= day) week = s.week;
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    for (const iv of week[weekday]) {
      const start = zonedToUtc(c.tz, day * DAY_MS + iv.from);
      const end = zonedToUtc(c.tz, day * DAY_MS + iv.to);
      if (end > start) list.push({ start, end, appointmentOnly: iv.appointmentOnly });
    }
    list.sort((a, b) => a.start - b.start);
  }
  if (c.dayCache.size > 50_000) c.dayCache.clear();
  c.dayCache.set(day, list);
  return list;
}

/** Merged opening spans, in order, that end after `t`. */
function* spansFrom(c: Compiled, t: number): Generator<Span> {
  let pending: Span | undefined;
  let emptyDays = 0;
  for (let day = localDay(c.tz, t) - 1; ; day++) {
    const list = dayIntervals(c, day);
    if (list.length === 0) {
      if (++emptyDays > MAX_EMPTY_DAYS) throw new Error('Business calendar has no opening hours in the next three years');
      continue;
    }
    emptyDays = 0;
    for (const iv of list) {
      // Overlapping intervals merge; touching ones too, but a span never grows past two days, so a
      // calendar that is always open still yields (as a chain of touching spans).
      if (pending && iv.start <= pending.end && pending.end - pending.start < 2 * DAY_MS) {
        pending.end = Math.max(pending.end, iv.end);
      } else if (pending && iv.end <= pending.end) {
        continue; // wholly inside the span so far
      } else {
        if (pending && pending.end > t) yield pending;
        pending = { start: pending ? Math.max(iv.start, pending.end) : iv.start, end: iv.end };
      }
    }
  }
}

function rawIntervalsAround(c: Compiled, t: number): { day: number; iv: RawInterval }[] {
  const d = localDay(c.tz, t);
  const out: { day: number; iv: RawInterval }[] = [];
  for (const day of [d - 1, d]) for (const iv of dayIntervals(c, day)) if (iv.start <= t && t < iv.end) out.push({ day, iv });
  return out;
}

// ---------------------------------------------------------------- public API

/** The location's calendar: its own opening hours (if given) and the organization's plus its own closing days. */
export function locationCalendar(org: CalendarSettings, location: LocationCalendarSettings): CalendarSettings {
  return {
    ...org,
    openingHours: location.openingHours ?? org.openingHours,
    hoursChanges: location.openingHours ? (location.hoursChanges ?? []) : [...(org.hoursChanges ?? []), ...(location.hoursChanges ?? [])],
    closingDays: [...(org.closingDays ?? []), ...(location.closingDays ?? [])],
  };
}

/** Whether the calendar is open at `instant` (start inclusive, end exclusive). */
export function isOpenAt(cal: CalendarSettings, instant: Date): boolean {
  return rawIntervalsAround(compile(cal), instant.getTime()).length > 0;
}

/** Whether `instant` falls only in appointment-only opening intervals. */
export function isAppointmentOnlyAt(cal: CalendarSettings, instant: Date): boolean {
  const hits = rawIntervalsAround(compile(cal), instant.getTime());
  return hits.length > 0 && hits.every((h) => h.iv.appointmentOnly);
}

/** The first open instant at or after `instant`. */
export function nextOpeningMoment(cal: CalendarSettings, instant: Date): Date {
  const t = instant.getTime();
  for (const s of spansFrom(compile(cal), t)) return new Date(Math.max(s.start, t));
  throw new Error('unreachable');
}

/** Adds `n` business minutes (n ≥ 0, may be fractional). n = 0 returns `instant` unchanged. */
export function addBusinessMinutes(cal: CalendarSettings, instant: Date, n: number): Date {
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`addBusinessMinutes needs a finite n >= 0, got ${n}`);
  const t = instant.getTime();
  if (n === 0) return new Date(t);
  let remaining = Math.round(n * MIN_MS);
  for (const s of spansFrom(compile(cal), t)) {
    const from = Math.max(s.start, t);
    const avail = s.end - from;
    if (remaining <= avail) return new Date(from + remaining);
    remaining -= avail;
  }
  throw new Error('unreachable');
}

/** Opening spans, latest first, that start before `t` (merged where they overlap or touch). */
function* spansBefore(c: Compiled, t: number): Generator<Span> {
  let pending: Span | undefined;
  let emptyDays = 0;
  for (let day = localDay(c.tz, t) + 1; ; day--) {
    const list = dayIntervals(c, day);
    if (list.length === 0) {
      if (++emptyDays > MAX_EMPTY_DAYS) throw new Error('Business calendar has no opening hours in the previous three years');
      continue;
    }
    emptyDays = 0;
    for (let i = list.length - 1; i >= 0; i--) {
      const iv = list[i];
      if (pending && iv.end >= pending.start && pending.end - pending.start < 2 * DAY_MS) {
        pending.start = Math.min(pending.start, iv.start);
      } else if (pending && iv.start >= pending.start) {
        continue;
      } else {
        if (pending && pending.start < t) yield pending;
        pending = { start: iv.start, end: pending ? Math.min(iv.end, pending.start) : iv.end };
      }
    }
  }
}

/**
 * Goes `n` business minutes back from `instant` (n ≥ 0): the moment from which `n` minutes of
 * opening time run until `instant` ("remind an hour of opening time before due").
 */
export function subtractBusinessMinutes(cal: CalendarSettings, instant: Date, n: number): Date {
  if (!(n >= 0) || !Number.isFinite(n)) throw new RangeError(`subtractBusinessMinutes needs a finite n >= 0, got ${n}`);
  const t = instant.getTime();
  if (n === 0) return new Date(t);
  let remaining = Math.round(n * MIN_MS);
  for (const s of spansBefore(compile(cal), t)) {
    const to = Math.min(s.end, t);
    const avail = to - s.start;
    if (remaining <= avail) return new Date(to - remaining);
    remaining -= avail;
  }
  throw new Error('unreachable');
}

export function addBusinessHours(cal: CalendarSettings, instant: Date, hours: number): Date {
  return addBusinessMinutes(cal, instant, hours * 60);
}

/**
 * Business minutes between `from` and `to` (negative when `to` is before `from`);
 * business time inside any of the `pauses` does not count.
 */
export function businessMinutesBetween(cal: CalendarSettings, from: Date, to: Date, pauses: Pause[] = []): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b < a) return -businessMinutesBetween(cal, to, from, pauses);
  if (!Number.isFinite(a) || b - a > MAX_COUNTED_DAYS * DAY_MS) throw new RangeError(`businessMinutesBetween counts at most ${MAX_COUNTED_DAYS} days`);
  const ps = pauses
    .map((p) => ({ start: Math.max(p.from.getTime(), a), end: Math.min(p.to.getTime(), b) }))
    .filter((p) => p.end > p.start)
    .sort((x, y) => x.start - y.start);
  let total = 0;
  for (const s of spansFrom(compile(cal), a)) {
    if (s.start >= b) break;
    const lo = Math.max(s.start, a);
    const hi = Math.min(s.end, b);
    let cursor = lo;
    for (const p of ps) {
      if (p.end <= cursor || p.start >= hi) continue;
      if (p.start > cursor) total += p.start - cursor;
      cursor = Math.max(cursor, p.end);
      if (cursor >= hi) break;
    }
    if (cursor < hi) total += hi - cursor;
  }
  return total / MIN_MS;
}

function isWorkingDay(c: Compiled, day: number): boolean {
  return dayIntervals(c, day).length > 0;
}

/** The working day a request received at `t` counts for (after moving to the next opening moment). */
function receiptDay(c: Compiled, t: number): number {
  const open = nextOpeningMoment_(c, t);
  const hits = rawIntervalsAround(c, open);
  return hits.length > 0 ? Math.min(...hits.map((h) => h.day)) : localDay(c.tz, open);
}

function nextOpeningMoment_(c: Compiled, t: number): number {
  for (const s of spansFrom(c, t)) return Math.max(s.start, t);
  throw new Error('unreachable');
}

/**
 * "Within n working days": the closing time of the n-th working day after the day of receipt.
 * A request received outside opening hours counts as received at the next opening moment.
 * n = 0 gives the closing time of the day of receipt itself.
 */
export function endOfNthWorkingDay(cal: CalendarSettings, receivedAt: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`endOfNthWorkingDay needs an integer n >= 0, got ${n}`);
  const c = compile(cal);
  let day = receiptDay(c, receivedAt.getTime());
  let count = 0;
  let empty = 0;
  while (count < n) {
    day++;
    if (isWorkingDay(c, day)) {
      count++;
      empty = 0;
    } else if (++empty > MAX_EMPTY_DAYS) throw new Error('Business calendar has no opening hours in the next three years');
  }
  return new Date(Math.max(...dayIntervals(c, day).map((iv) => iv.end)));
}

/** Number of working days after the local day of `from` up to and including the local day of `to` (0 when `to` is not later). */
export function workingDaysBetween(cal: CalendarSettings, from: Date, to: Date): number {
  const c = compile(cal);
  const a = localDay(c.tz, from.getTime());
  const b = localDay(c.tz, to.getTime());
  if (!(b - a <= MAX_COUNTED_DAYS)) throw new RangeError(`workingDaysBetween counts at most ${MAX_COUNTED_DAYS} days`);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (isWorkingDay(c, d)) count++;
  return count;
}

/** The instant of a wall-clock time (`HH:MM`, `24:00` = the next midnight) on a local date in the calendar's time zone. */
export function localTime(cal: CalendarSettings, date: string, time: string): Date {
  return new Date(zonedToUtc(cal.timeZone || 'Europe/Amsterdam', parseDate(date) * DAY_MS + parseTime(time)));
}

/** The local date (`YYYY-MM-DD`) of an instant in the calendar's time zone. */
export function localDate(cal: CalendarSettings, instant: Date): string {
  return formatDay(localDay(cal.timeZone || 'Europe/Amsterdam', instant.getTime()));
}

/** Whether the local date (`YYYY-MM-DD`) is a working day of the calendar. */
export function isWorkingDate(cal: CalendarSettings, date: string): boolean {
  return isWorkingDay(compile(cal), parseDate(date));
}

/** The public holidays on which the calendar is closed in `year`, with their Dutch names, by date. */
export function holidaysOf(cal: CalendarSettings, year: number): Holiday[] {
  return [...closedHolidays(compile(cal), year).entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([day, name]) => ({ date: formatDay(day), name }));
}
