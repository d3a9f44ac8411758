import { parseDate, parseDateTime, type FieldError } from '@loket/server/platform';
import {
  addBusinessMinutes, businessMinutesBetween, isOpenAt, localDate, localTime, nextOpeningMoment, subtractBusinessMinutes, type CalendarSettings,
} from '@loket/shared/business-calendar';
import { DAY_PARTS, DAY_PART_HOURS, type CallbackAttemptOutcome, type CallbackStatus, type CallbackWindowInput, type DayPart } from '@loket/shared/contracts';

/*
 * The callback schedule, pure: the agreed window (a time or a day part, clipped to opening hours),
 * the reminder and escalation moments derived from it, which stage is still to come, who hears of
 * a stage, and what an attempt does to the callback. The database stores the moments and selects
 * the callbacks whose moment has come; the rules live here.
 */

/** A specific agreed time gets this much opening time to make the call. */
export const SPECIFIC_TIME_MINUTES = 15;
const SKEW_MS = 60_000;

export interface Window {
  start: Date;
  due: Date;
  dayPart: DayPart | null;
}

/** The open part of a day part on a date, or null when the organization is closed then (or it is over). */
function dayPartWindow(cal: CalendarSettings, date: string, part: DayPart, now: Date): Window | null {
  const [from, to] = DAY_PART_HOURS[part];
  const begin = localTime(cal, date, from);
  const end = localTime(cal, date, to);
  if (end.getTime() <= now.getTime()) return null;
  const start = nextOpeningMoment(cal, new Date(Math.max(begin.getTime(), now.getTime())));
  if (start.getTime() >= end.getTime()) return null;
  const open = businessMinutesBetween(cal, start, end);
  if (open < 1) return null;
  return { start, due: addBusinessMinutes(cal, start, open), dayPart: part };
}

/** The first day part from `now` on in which the organization is open (looking two weeks ahead). */
export function nextOpenDayPart(cal: CalendarSettings, now: Date): { date: string; dayPart: DayPart; window: Window } | null {
  for (let i = 0; i < 15; i++) {
    const date = localDate(cal, new Date(now.getTime() + i * 86_400_000));
    for (const part of DAY_PARTS) {
      const w = dayPartWindow(cal, date, part, now);
      if (w) return { date, dayPart: part, window: w };
    }
  }
  return null;
}

const dayAfter = (cal: CalendarSettings, date: string, n: number) => localDate(cal, new Date(localTime(cal, date, '12:00').getTime() + n * 86_400_000));

/** An open day part: its date, the part and the open window in it. */
export interface OpenDayPart {
  date: string;
  dayPart: DayPart;
  window: Window;
}

/**
 * The first open day part at or after the asked one (the same part, a later part that day, or a
 * later day), never an earlier one: what the tenant is offered instead of a closed moment. A day
 * part that is over starts the search from now. Null when nothing is open within `lookAheadDays`.
 */
export function nextOpenDayPartFrom(cal: CalendarSettings, date: string, part: DayPart, now: Date, lookAheadDays = 15): OpenDayPart | null {
  const today = localDate(cal, now);
  const from = date < today ? today : date;
  const firstPart = from === date ? DAY_PARTS.indexOf(part) : 0;
  for (let i = 0; i < lookAheadDays; i++) {
    const d = dayAfter(cal, from, i);
    for (const p of DAY_PARTS.slice(i === 0 ? firstPart : 0)) {
      const w = dayPartWindow(cal, d, p, now);
      if (w) return { date: d, dayPart: p, window: w };
    }
  }
  return null;
}

/** The open day parts of the coming `days` calendar days (today first), in order: what the portal's picker offers. */
export function openDayParts(cal: CalendarSettings, now: Date, days: number): OpenDayPart[] {
  const today = localDate(cal, now);
  const out: OpenDayPart[] = [];
  for (let i = 0; i < days; i++) {
    const d = dayAfter(cal, today, i);
    for (const p of DAY_PARTS) {
      const w = dayPartWindow(cal, d, p, now);
      if (w) out.push({ date: d, dayPart: p, window: w });
    }
  }
  return out;
}

/**
 * The agreed window: a specific time (a short window from it), a day part on a date (its open
 * part), or — neither given — from now until `defaultDue` (the SLA policy). Moments in the past or
 * outside opening hours are refused with the next valid moment after the asked one as a suggestion
 * (never an earlier one: a closed Friday afternoon suggests Monday morning, not Friday morning); so are moments
 * more than `horizonDays` ahead (a callback there would pass every reminder and escalation by).
 */
export function resolveWindow(
  cal: CalendarSettings, input: CallbackWindowInput, now: Date, defaultDue: () => Date, horizonDays: number,
): Window | FieldError[] {
  const horizon = now.getTime() + horizonDays * 86_400_000;
  const beyond = { code: 'too_far_ahead', params: { days: horizonDays } } as const;
  if (input.at !== undefined && input.at !== null) {
    const at = parseDateTime(input.at);
    if (!at) return [{ field: 'at', code: 'not_a_real_date_time' }];
    if (input.date || input.dayPart) return [{ field: 'at', code: 'not_both', params: { other: 'date/dayPart' } }];
    if (at.getTime() > horizon) return [{ field: 'at', ...beyond }];
    if (at.getTime() < now.getTime() - SKEW_MS) {
      return [{ field: 'at', code: 'in_past', suggestion: nextOpeningMoment(cal, now).toISOString() }];
    }
    if (!isOpenAt(cal, at)) {
      return [{ field: 'at', code: 'office_closed', suggestion: nextOpeningMoment(cal, at).toISOString() }];
    }
    return { start: at, due: addBusinessMinutes(cal, at, SPECIFIC_TIME_MINUTES), dayPart: null };
  }
  if (input.date || input.dayPart) {
    const date = parseDate(input.date);
    if (!input.date || !date) return [{ field: 'date', code: input.date ? 'not_a_date' : 'required' }];
    // Local midnight may lie an hour or two before UTC midnight: a day's grace.
    if (date.getTime() > horizon + 86_400_000) return [{ field: 'date', ...beyond }];
    if (!input.dayPart || !(DAY_PARTS as readonly string[]).includes(input.dayPart)) {
      return [{ field: 'dayPart', code: input.dayPart ? 'unknown_value' : 'required', params: { values: DAY_PARTS.join(', ') } }];
    }
    const w = dayPartWindow(cal, input.date, input.dayPart, now);
    if (!w) {
      // Never earlier than asked: the first open day part from the asked one on.
      const next = nextOpenDayPartFrom(cal, input.date, input.dayPart, now);
      const past = localTime(cal, input.date, DAY_PART_HOURS[input.dayPart][1]).getTime() <= now.getTime();
      return [{
        field: 'dayPart',
        code: past ? 'in_past' : 'office_closed',
        ...(next ? { suggestion: `${next.date} ${next.dayPart}` } : {}),
      }];
    }
    return w;
  }
  const start = now;
  return { start, due: defaultDue(), dayPart: null };
}

/** A reminder that would be due within this margin tells nobody anything new: skipped. */
const REMINDER_MARGIN_MS = 60_000;

export interface ScheduleSettings {
  /** Business minutes before due that the assignee is reminded (0: never). */
  reminderMinutes: number;
  /** Business minutes after due that level 2 (the manager, the customer told of the delay) follows. */
  level2Minutes: number;
}

export interface Moments {
  reminderAt: Date | null;
  /** Level 1 (the team lead and the team queue) comes at the due moment. */
  level1At: Date;
  level2At: Date;
}

/** The moments of an agreed window: reminder (unless already due), level 1 at due, level 2 later in business time. */
export function scheduleMoments(cal: CalendarSettings, s: ScheduleSettings, w: Window, now: Date): Moments {
  const reminder = s.reminderMinutes > 0 ? subtractBusinessMinutes(cal, w.due, s.reminderMinutes) : null;
  const reminderAt = reminder && reminder.getTime() > now.getTime() + REMINDER_MARGIN_MS ? reminder : null;
  return { reminderAt, level1At: w.due, level2At: addBusinessMinutes(cal, w.due, Math.max(1, s.level2Minutes)) };
}

export type Stage = 'reminder' | 'level1' | 'level2';
export const STAGES: readonly Stage[] = ['reminder', 'level1', 'level2'];
export const STAGE_LEVEL: Record<Stage, 0 | 1 | 2> = { reminder: 0, level1: 1, level2: 2 };
export const STAGE_KIND: Record<Stage, 'reminder' | 'level_1' | 'level_2'> = { reminder: 'reminder', level1: 'level_1', level2: 'level_2' };

/**
 * What the schedule of one callback stores: its moments and which stages already happened. A
 * stage happens once per agreement: the reminder before due (never after level 1), level 1 from
 * due on, level 2 from its moment on once level 1 happened (the repository's stage statements
 * select exactly these).
 */
export interface StageState {
  status: CallbackStatus;
  reminderAt: Date | null;
  remindedAt: Date | null;
  dueAt: Date;
  escalated1At: Date | null;
  level2At: Date;
  escalated2At: Date | null;
}

const isOpen = (s: CallbackStatus) => s === 'scheduled' || s === 'in_progress';

/** The stage moments of this callback still to come in (after, until]: what the job queue must hold for it. */
export function comingMoments(c: StageState, after: Date, until: Date): Date[] {
  if (!isOpen(c.status)) return [];
  const within = (d: Date | null): d is Date => !!d && d.getTime() > after.getTime() && d.getTime() <= until.getTime();
  const out: Date[] = [];
  if (!c.remindedAt && !c.escalated1At && within(c.reminderAt)) out.push(c.reminderAt);
  if (!c.escalated1At && within(c.dueAt)) out.push(c.dueAt);
  if (!c.escalated2At && within(c.level2At)) out.push(c.level2At);
  return out;
}

export interface TeamSupervisors {
  lead: { id: string } | null;
  manager: { id: string } | null;
}

/**
 * Who hears of a stage: the assignee (reminder; the team lead when nobody has it), the team lead
 * (level 1), the manager (level 2; the lead when there is none). Null: nobody named, the
 * organization's team leads are told instead — a stage never goes unnoticed.
 */
export function stageRecipient(stage: Stage, c: { assigneeId: string | null }, team: TeamSupervisors | undefined): string | null {
  if (stage === 'reminder') return c.assigneeId ?? team?.lead?.id ?? null;
  if (stage === 'level1') return team?.lead?.id ?? null;
  return team?.manager?.id ?? team?.lead?.id ?? null;
}

/** What a call attempt does: reached puts the callback in progress and costs no attempt; any other outcome counts. */
export function attemptEffect(outcome: CallbackAttemptOutcome): { counts: 0 | 1; status: 'in_progress' | null } {
  return outcome === 'reached' ? { counts: 0, status: 'in_progress' } : { counts: 1, status: null };
}

/** After the last attempt we may make, the customer hears how to reach us — once per callback. */
export function inviteCustomer(outcome: CallbackAttemptOutcome, attemptCount: number, maxAttempts: number, alreadyInvited: boolean): boolean {
  return outcome !== 'reached' && attemptCount >= maxAttempts && !alreadyInvited;
}
