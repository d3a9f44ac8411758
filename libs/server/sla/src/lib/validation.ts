import { checkDate, parseDate, type FieldError } from '@loket/server/platform';
import { CHANNELS, FORM_RULES, type SlaCalendarSettings, type SlaPolicyInput, type SlaTarget } from '@loket/shared/contracts';
import type { ClosingDay, LocationCalendarSettings, OpeningInterval, WeeklyHours } from '@loket/shared/business-calendar';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const MAX_INTERVALS_PER_DAY = 6;
const MAX_CLOSING_DAYS = 500;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function minutes(t: string): number {
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

const realDate = (s: unknown): s is string => parseDate(s) !== null;
/** Why `s` is no date (its field error code). */
const dateCode = (s: unknown) => {
  const r = checkDate(s);
  return r.ok ? 'not_a_date' : r.code;
};

export function isTimeZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || !tz) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Opening hours of one week: HH:MM intervals, start before end (or marked overnight), no overlaps. */
function checkWeek(hours: unknown, path: string, errors: FieldError[]): WeeklyHours | null {
  if (!isObj(hours)) {
    errors.push({ field: path, code: 'not_an_object' });
    return null;
  }
  for (const key of Object.keys(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) errors.push({ field: `${path}.${key}`, code: 'not_allowed' });
  }
  const week = {} as WeeklyHours;
  // Minutes from Monday 00:00, to find overlaps, including an overnight interval running into the next day.
  const spans: { from: number; to: number; field: string }[] = [];
  WEEKDAYS.forEach((day, dayIndex) => {
    const list = hours[day] ?? [];
    if (!Array.isArray(list)) {
      errors.push({ field: `${path}.${day}`, code: 'not_a_list' });
      return;
    }
    if (list.length > MAX_INTERVALS_PER_DAY) errors.push({ field: `${path}.${day}`, code: 'too_many', params: { max: MAX_INTERVALS_PER_DAY } });
    const out: OpeningInterval[] = [];
    list.forEach((raw: unknown, i: number) => {
      const field = `${path}.${day}[${i}]`;
      let from: unknown;
      let to: unknown;
      let appointmentOnly = false;
      let overnight = false;
      if (Array.isArray(raw) && raw.length === 2) [from, to] = raw;
      else if (isObj(raw)) {
        ({ from, to } = raw);
        appointmentOnly = raw['appointmentOnly'] === true;
        overnight = raw['overnight'] === true;
      } else {
        errors.push({ field, code: 'invalid_format' });
        return;
      }
      if (typeof from !== 'string' || !TIME.test(from) || from === '24:00') {
        errors.push({ field: `${field}.from`, code: 'not_a_time', params: { max: '23:59' } });
        return;
      }
      if (typeof to !== 'string' || !TIME.test(to)) {
        errors.push({ field: `${field}.to`, code: 'not_a_time', params: { max: '24:00' } });
        return;
      }
      const f = minutes(from);
      let t = minutes(to);
      if (t <= f) {
        if (!overnight) {
          errors.push({ field, code: 'ends_before_start', params: { from, to } });
          return;
        }
        t += 24 * 60;
      } else if (overnight) {
        errors.push({ field, code: 'not_overnight' });
        return;
      }
      spans.push({ from: dayIndex * 1440 + f, to: dayIndex * 1440 + t, field });
      out.push(appointmentOnly || overnight ? { from, to, ...(appointmentOnly ? { appointmentOnly } : {}), ...(overnight ? { overnight } : {}) } : [from, to]);
    });
    week[day] = out;
  });
  // Sunday's overnight interval runs into Monday: compare around the week.
  const wrapped = spans.flatMap((s) => (s.to > 7 * 1440 ? [s, { from: s.from - 7 * 1440, to: s.to - 7 * 1440, field: s.field }] : [s]));
  wrapped.sort((a, b) => a.from - b.from);
  const reported = new Set<string>();
  for (let i = 1; i < wrapped.length; i++) {
    const prev = wrapped[i - 1];
    const cur = wrapped[i];
    if (cur.from < prev.to && cur.field !== prev.field && !reported.has(cur.field)) {
      reported.add(cur.field);
      errors.push({ field: cur.field, code: 'overlaps', params: { other: prev.field } });
    }
  }
  return week;
}

function checkClosingDays(list: unknown, path: string, errors: FieldError[]): ClosingDay[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    errors.push({ field: path, code: 'not_a_list' });
    return [];
  }
  if (list.length > MAX_CLOSING_DAYS) errors.push({ field: path, code: 'too_many', params: { max: MAX_CLOSING_DAYS } });
  const out: ClosingDay[] = [];
  list.forEach((cd: unknown, i: number) => {
    const field = `${path}[${i}]`;
    if (typeof cd === 'string') {
      if (realDate(cd)) out.push(cd);
      else errors.push({ field, code: dateCode(cd) });
    } else if (isObj(cd)) {
      const { from, to, reason } = cd;
      if (!realDate(from)) errors.push({ field: `${field}.from`, code: dateCode(from) });
      else if (!realDate(to)) errors.push({ field: `${field}.to`, code: dateCode(to) });
      else if (to < from) errors.push({ field, code: 'ends_before_start', params: { from, to } });
      else if (reason !== undefined && (typeof reason !== 'string' || reason.length > FORM_RULES.closingDayReason.max)) errors.push({ field: `${field}.reason`, code: typeof reason === 'string' ? 'too_long' : 'not_text', params: { max: FORM_RULES.closingDayReason.max } });
      else out.push(reason ? { from, to, reason: reason as string } : { from, to });
    } else errors.push({ field, code: 'invalid_format' });
  });
  return out;
}

function checkHoursChanges(list: unknown, path: string, errors: FieldError[]): { from: string; openingHours: WeeklyHours }[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    errors.push({ field: path, code: 'not_a_list' });
    return [];
  }
  const out: { from: string; openingHours: WeeklyHours }[] = [];
  const seen = new Set<string>();
  list.forEach((ch: unknown, i: number) => {
    const field = `${path}[${i}]`;
    if (!isObj(ch)) return void errors.push({ field, code: 'not_an_object' });
    if (!realDate(ch['from'])) return void errors.push({ field: `${field}.from`, code: dateCode(ch['from']) });
    if (seen.has(ch['from'] as string)) return void errors.push({ field: `${field}.from`, code: 'duplicate', params: { other: ch['from'] as string } });
    seen.add(ch['from'] as string);
    const week = checkWeek(ch['openingHours'], `${field}.openingHours`, errors);
    if (week) out.push({ from: ch['from'] as string, openingHours: week });
  });
  return out;
}

/** Validates a calendar as PUT /sla/calendar receives it; returns the normalized calendar or the field errors. */
export function validateCalendar(input: unknown, locationCodes: string[]): { calendar: SlaCalendarSettings; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const body = isObj(input) ? input : {};
  if (!isObj(input)) errors.push({ field: 'body', code: 'not_an_object' });
  const timeZone = body['timeZone'] ?? 'Europe/Amsterdam';
  if (!isTimeZone(timeZone)) errors.push({ field: 'timeZone', code: 'not_a_time_zone' });
  const openingHours = checkWeek(body['openingHours'], 'openingHours', errors);
  const ph = body['publicHolidays'];
  let publicHolidays: SlaCalendarSettings['publicHolidays'];
  if (ph !== undefined && ph !== null) {
    if (!isObj(ph)) errors.push({ field: 'publicHolidays', code: 'not_an_object' });
    else {
      if ((ph['country'] ?? 'NL') !== 'NL') errors.push({ field: 'publicHolidays.country', code: 'unknown_value', params: { values: 'NL' } });
      if (!['open', 'closed'].includes(ph['goodFriday'] as string)) errors.push({ field: 'publicHolidays.goodFriday', code: 'unknown_value', params: { values: 'open, closed' } });
      if (!['every_year', 'lustrum_years', 'never'].includes(ph['liberationDay'] as string)) {
        errors.push({ field: 'publicHolidays.liberationDay', code: 'unknown_value', params: { values: 'every_year, lustrum_years, never' } });
      }
      publicHolidays = { country: 'NL', goodFriday: ph['goodFriday'] as 'open' | 'closed', liberationDay: ph['liberationDay'] as 'every_year' | 'lustrum_years' | 'never' };
    }
  }
  const closingDays = checkClosingDays(body['closingDays'], 'closingDays', errors);
  const hoursChanges = checkHoursChanges(body['hoursChanges'], 'hoursChanges', errors);
  const description = body['description'];
  if (description !== undefined && description !== null && (typeof description !== 'string' || description.length > 500)) {
    errors.push({ field: 'description', code: typeof description === 'string' ? 'too_long' : 'not_text', params: { max: 500 } });
  }
  const locations: Record<string, LocationCalendarSettings> = {};
  const locs = body['locations'];
  if (locs !== undefined && locs !== null) {
    if (!isObj(locs)) errors.push({ field: 'locations', code: 'not_an_object' });
    else {
      for (const [code, raw] of Object.entries(locs)) {
        const path = `locations.${code}`;
        if (!locationCodes.includes(code)) {
          errors.push({ field: path, code: 'not_found_in_organization' });
          continue;
        }
        if (!isObj(raw)) {
          errors.push({ field: path, code: 'not_an_object' });
          continue;
        }
        const loc: LocationCalendarSettings = {};
        if (raw['openingHours'] !== undefined) loc.openingHours = checkWeek(raw['openingHours'], `${path}.openingHours`, errors) ?? undefined;
        if (raw['hoursChanges'] !== undefined) loc.hoursChanges = checkHoursChanges(raw['hoursChanges'], `${path}.hoursChanges`, errors);
        if (raw['closingDays'] !== undefined) loc.closingDays = checkClosingDays(raw['closingDays'], `${path}.closingDays`, errors);
        locations[code] = loc;
      }
    }
  }
  if (openingHours && !errors.length) {
    const open = WEEKDAYS.some((d) => openingHours[d].length > 0);
    if (!open) errors.push({ field: 'openingHours', code: 'no_opening_hours' });
  }
  const calendar: SlaCalendarSettings = {
    timeZone: timeZone as string,
    openingHours: openingHours as WeeklyHours,
    ...(publicHolidays ? { publicHolidays } : {}),
    ...(closingDays.length ? { closingDays } : {}),
    ...(hoursChanges.length ? { hoursChanges } : {}),
    ...(typeof description === 'string' && description ? { description } : {}),
    ...(Object.keys(locations).length ? { locations } : {}),
  };
  return { calendar, errors };
}

function checkTarget(raw: unknown, field: string, errors: FieldError[]): SlaTarget | null {
  if (raw === undefined || raw === null) return null;
  if (!isObj(raw)) {
    errors.push({ field, code: 'not_an_object' });
    return null;
  }
  if (raw['type'] === 'working_days') {
    const n = raw['days'];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 60) errors.push({ field: `${field}.days`, code: 'out_of_range', params: { min: 0, max: 60 } });
    else return { type: 'working_days', days: n };
  } else if (raw['type'] === 'business_hours') {
    const h = raw['hours'];
    if (typeof h !== 'number' || !Number.isFinite(h) || h <= 0 || h > 500 || Math.round(h * 60) !== h * 60) {
      errors.push({ field: `${field}.hours`, code: 'out_of_range', params: { min: 0, max: 500 } });
    } else return { type: 'business_hours', hours: h };
  } else errors.push({ field: `${field}.type`, code: 'unknown_value', params: { values: 'working_days, business_hours' } });
  return null;
}

/** Validates PUT /sla/policies; topics are resolved by the caller (`topicId` maps a code or id to an id). */
export function validatePolicies(input: unknown, topicId: (idOrCode: string) => string | null): { items: (SlaPolicyInput & { topic: string | null; firstResponse: SlaTarget | null; resolution: SlaTarget | null })[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const items: (SlaPolicyInput & { topic: string | null; firstResponse: SlaTarget | null; resolution: SlaTarget | null })[] = [];
  const list = isObj(input) ? input['items'] : undefined;
  if (!Array.isArray(list)) return { items, errors: [{ field: 'items', code: 'not_a_list' }] };
  if (list.length > 500) errors.push({ field: 'items', code: 'too_many', params: { max: 500 } });
  const seen = new Map<string, number>();
  list.forEach((raw: unknown, i: number) => {
    const field = `items[${i}]`;
    if (!isObj(raw)) return void errors.push({ field, code: 'not_an_object' });
    const channel = raw['channel'];
    if (!(CHANNELS as readonly unknown[]).includes(channel)) return void errors.push({ field: `${field}.channel`, code: 'unknown_value', params: { values: CHANNELS.join(', ') } });
    let topic: string | null = null;
    if (raw['topic'] !== undefined && raw['topic'] !== null && raw['topic'] !== '') {
      topic = typeof raw['topic'] === 'string' ? topicId(raw['topic']) : null;
      if (!topic) return void errors.push({ field: `${field}.topic`, code: 'not_found_in_organization' });
    }
    const firstResponse = checkTarget(raw['firstResponse'], `${field}.firstResponse`, errors);
    const resolution = checkTarget(raw['resolution'], `${field}.resolution`, errors);
    if (raw['firstResponse'] == null && raw['resolution'] == null) {
      return void errors.push({ field, code: 'required', params: { other: 'firstResponse/resolution' } });
    }
    const key = `${channel}|${topic ?? ''}`;
    if (seen.has(key)) return void errors.push({ field, code: 'duplicate', params: { other: `items[${seen.get(key)}]` } });
    seen.set(key, i);
    items.push({ channel: channel as SlaPolicyInput['channel'], topic, firstResponse, resolution });
  });
  return { items, errors };
}
