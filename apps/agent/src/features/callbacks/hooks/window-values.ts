import { DAY_PARTS, type CallbackWindowInput, type DayPart } from '@loket/shared/contracts';
import type { FieldProblem } from '@loket/web/api-client';
import { localDateTime, parseWindowSuggestion, zonedIso, type WindowSuggestion } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import { z } from 'zod';

/** The three ways to agree a callback window: the SLA default, a day part on a date, or a specific time. */
export const WINDOW_KINDS = ['standard', 'dayPart', 'at'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** The window as the form holds it: `at` is the value of an <input type="datetime-local"> in Dutch time. */
export interface WindowValues {
  kind: WindowKind;
  date: string;
  dayPart: DayPart | '';
  at: string;
}

export const windowValuesSchema = z.object({
  kind: z.enum(WINDOW_KINDS),
  date: z.string(),
  dayPart: z.enum(['', ...DAY_PARTS]),
  at: z.string(),
});

export function emptyWindow(kind: WindowKind = 'standard'): WindowValues {
  return { kind, date: '', dayPart: '', at: '' };
}

/** "2026-12-08T08:30" (datetime-local, Dutch time) → ISO with offset; null when it is not a date and time. */
export function localInputToIso(local: string): string | null {
  const [date = '', time = ''] = local.split('T');
  return zonedIso(date, time);
}

/** An instant as the value of a datetime-local field in Dutch time. */
export function isoToLocalInput(at: Date): string {
  const { date, time } = localDateTime(at);
  return `${date}T${time}`;
}

/**
 * Checks a window in plain Dutch before it goes to the API (the API checks the opening hours itself
 * and suggests the next possible moment). `path` is where the window sits in the form.
 */
export function checkWindow(values: WindowValues, ctx: z.RefinementCtx, path: (string | number)[], t: TFunction, now: Date) {
  type ErrorKey = 'dateRequired' | 'dateInvalid' | 'datePast' | 'dayPartRequired' | 'atRequired' | 'atInvalid' | 'atPast';
  const issue = (field: keyof WindowValues, key: ErrorKey) =>
    ctx.addIssue({ code: 'custom', path: [...path, field], message: t(`callbacks.window.errors.${key}`) });
  if (values.kind === 'dayPart') {
    if (values.date === '') issue('date', 'dateRequired');
    else if (!zonedIso(values.date, '12:00')) issue('date', 'dateInvalid');
    else if (values.date < localDateTime(now).date) issue('date', 'datePast');
    if (values.dayPart === '') issue('dayPart', 'dayPartRequired');
  }
  if (values.kind === 'at') {
    const iso = values.at === '' ? null : localInputToIso(values.at);
    if (values.at === '') issue('at', 'atRequired');
    else if (!iso) issue('at', 'atInvalid');
    else if (new Date(iso).getTime() <= now.getTime()) issue('at', 'atPast');
  }
}

/** The window as the API takes it: nothing for the standard, `date` + `dayPart`, or `at`. */
export function toWindowInput(values: WindowValues): CallbackWindowInput {
  if (values.kind === 'dayPart') return { date: values.date, dayPart: values.dayPart as DayPart };
  if (values.kind === 'at') return { at: localInputToIso(values.at) ?? values.at };
  return {};
}

/** The API's window fields (`at`, `date`, `dayPart`) → the form's. */
export function windowFieldOf(field: string): keyof WindowValues | null {
  if (field === 'at' || field === 'date' || field === 'dayPart') return field;
  if (field === 'window') return 'kind';
  return null;
}

/** A refused window in the agent's language, by the API's code (`in_past`, `office_closed`, …). */
export function windowProblemText(problem: FieldProblem, t: TFunction): string {
  if (problem.code === 'in_past') return t('callbacks.window.serverErrors.past');
  if (problem.code === 'office_closed') return t('callbacks.window.serverErrors.closed');
  return t('callbacks.window.serverErrors.other');
}

/** What `windowProblems` found: Dutch messages per window field and the API's suggestion, if any. */
export interface WindowProblems {
  messages: Partial<Record<keyof WindowValues, string>>;
  suggestion: WindowSuggestion | null;
}

/** The window errors of a 400 answer, with the next possible moment the API suggests. */
export function windowProblems(problems: readonly FieldProblem[], t: TFunction): WindowProblems {
  const result: WindowProblems = { messages: {}, suggestion: null };
  for (const problem of problems) {
    const field = windowFieldOf(problem.field);
    if (!field) continue;
    result.messages[field] ??= windowProblemText(problem, t);
    result.suggestion ??= parseWindowSuggestion(problem.suggestion);
  }
  return result;
}
