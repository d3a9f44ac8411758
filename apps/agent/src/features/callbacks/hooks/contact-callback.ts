import { FORM_RULES } from '@loket/shared/contracts';
import type { ContactCallbackRequest, FieldProblem } from '@loket/web/api-client';
import type { WindowSuggestion } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { checkWindow, emptyWindow, toWindowInput, windowProblems, windowValuesSchema } from './window-values';

/** The choice "another number" in the list of the customer's phone numbers. */
export const OTHER_PHONE = 'anders';
export const CALLBACK_ASSIGNEES = ['me', 'team', 'colleague'] as const;
export const CALLBACK_REASON_MIN = FORM_RULES.callbackReason.min;
/** The API's limit; the reason starts as the contact's summary, so a long summary needs shortening here. */
export const CALLBACK_REASON_MAX = FORM_RULES.callbackReason.max;

export const contactCallbackSchema = z.object({
  phone: z.string(),
  phoneOther: z.string(),
  reason: z.string(),
  window: windowValuesSchema,
  assignee: z.enum(CALLBACK_ASSIGNEES),
  teamId: z.string(),
  colleagueId: z.string(),
});

/** The callback part of "Contact vastleggen" (outcome "Terugbellen afgesproken"). */
export type ContactCallbackValues = z.infer<typeof contactCallbackSchema>;

/** Phone preselected with the customer's preferred (first) number; the standard window; I call back myself. */
export function emptyContactCallback(phone = ''): ContactCallbackValues {
  return { phone: phone || OTHER_PHONE, phoneOther: '', reason: '', window: emptyWindow(), assignee: 'me', teamId: '', colleagueId: '' };
}

const PHONE = /^\+?[\d\s()-]+$/;
const compactPhone = (value: string) => value.replace(/[\s()-]/g, '');

/** A phone number a person could dial: 10 digits in the Netherlands, up to 15 abroad. */
export function isPhoneNumber(value: string): boolean {
  const digits = compactPhone(value).replace(/^\+/, '');
  return PHONE.test(value.trim()) && digits.length >= 9 && digits.length <= 15;
}

/** Checks the callback part in plain Dutch; `path` is where it sits in the form (e.g. ['callback']). */
export function checkContactCallback(values: ContactCallbackValues, ctx: z.RefinementCtx, path: (string | number)[], t: TFunction, now: Date) {
  type ErrorKey = 'phoneRequired' | 'phoneInvalid' | 'reasonRequired' | 'reasonTooShort' | 'reasonTooLong' | 'teamRequired' | 'colleagueRequired';
  const issue = (field: string, key: ErrorKey) => ctx.addIssue({ code: 'custom', path: [...path, field], message: t(`callbacks.fields.errors.${key}`) });
  if (values.phone === OTHER_PHONE) {
    if (values.phoneOther.trim() === '') issue('phoneOther', 'phoneRequired');
    else if (!isPhoneNumber(values.phoneOther)) issue('phoneOther', 'phoneInvalid');
  } else if (values.phone === '') issue('phone', 'phoneRequired');
  const reason = values.reason.trim();
  if (reason === '') issue('reason', 'reasonRequired');
  else if (reason.length < CALLBACK_REASON_MIN) issue('reason', 'reasonTooShort');
  else if (reason.length > CALLBACK_REASON_MAX) issue('reason', 'reasonTooLong');
  checkWindow(values.window, ctx, [...path, 'window'], t, now);
  if (values.assignee === 'team' && values.teamId === '') issue('teamId', 'teamRequired');
  if (values.assignee === 'colleague' && values.colleagueId === '') issue('colleagueId', 'colleagueRequired');
}

/** The callback part of POST /contacts (`callback`): the fields of POST /callbacks less customer, case, contact and confirm. */
export function toContactCallbackRequest(values: ContactCallbackValues): ContactCallbackRequest {
  return {
    phoneNumber: values.phone === OTHER_PHONE ? compactPhone(values.phoneOther) : values.phone,
    reason: values.reason.trim(),
    ...toWindowInput(values.window),
    ...(values.assignee === 'team' ? { teamId: values.teamId } : {}),
    ...(values.assignee === 'colleague' ? { assigneeId: values.colleagueId } : {}),
  };
}

/** Where a field error of the callback (POST /callbacks, or POST /contacts without its `callback.` prefix) goes in the callback part, with its Dutch message. */
export interface PlacedProblems {
  fields: { field: string; message: string }[];
  suggestion: WindowSuggestion | null;
}

export function contactCallbackProblems(problems: readonly FieldProblem[], values: ContactCallbackValues, t: TFunction): PlacedProblems {
  const window = windowProblems(problems, t);
  const fields = Object.entries(window.messages).map(([field, message]) => ({ field: `window.${field}`, message: message as string }));
  const others: Record<string, { field: string; key: 'phone' | 'reason' | 'team' | 'colleague' }> = {
    phoneNumber: { field: values.phone === OTHER_PHONE ? 'phoneOther' : 'phone', key: 'phone' },
    reason: { field: 'reason', key: 'reason' },
    teamId: { field: 'teamId', key: 'team' },
    assigneeId: { field: 'colleagueId', key: 'colleague' },
  };
  for (const problem of problems) {
    const other = others[problem.field];
    if (other && !fields.some((placed) => placed.field === other.field)) fields.push({ field: other.field, message: t(`callbacks.fields.serverErrors.${other.key}`) });
  }
  return { fields, suggestion: window.suggestion };
}
