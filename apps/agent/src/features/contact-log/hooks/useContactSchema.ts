import { CHANNELS, CONTACT_DIRECTIONS, CONTACT_OUTCOMES, FORM_RULES } from '@loket/shared/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { checkContactCallback, contactCallbackSchema, emptyContactCallback } from '../../callbacks';
import { amsterdamLocalToIso } from './amsterdam-time';

/** The same limits as the API, so the agent hears about them in Dutch, next to the field. */
export const SUBJECT_MIN = FORM_RULES.caseSubject.min;
export const SUBJECT_MAX = FORM_RULES.caseSubject.max;
export const SUMMARY_MIN = FORM_RULES.contactSummary.min;
export const SUMMARY_MAX = FORM_RULES.contactSummary.max;
export const NOTE_MAX = FORM_RULES.contactInternalNote.max;
export const NEW_CASE = 'new';

/** R11: a visitor at the counter who could not be helped never leaves without a follow-up appointment. */
export function followUpRequired(channel: string, outcome: string): boolean {
  return channel === 'counter' && outcome !== '' && outcome !== 'answered';
}

/** "Contact vastleggen", checked in plain Dutch before anything goes to the API. */
const systemNow = () => new Date();

export function useContactSchema(now: () => Date = systemNow) {
  const { t } = useTranslation();
  return useMemo(
    () =>
      z
        .object({
          channel: z.enum(CHANNELS),
          direction: z.enum(CONTACT_DIRECTIONS),
          topic: z.string().min(1, t('contact.errors.topicRequired')),
          caseChoice: z.string().min(1, t('contact.errors.caseRequired')),
          subject: z.string(),
          summary: z
            .string()
            .trim()
            .min(1, t('contact.errors.summaryRequired'))
            .min(SUMMARY_MIN, t('contact.errors.summaryTooShort'))
            .max(SUMMARY_MAX, t('contact.errors.summaryTooLong')),
          internalNote: z.string().max(NOTE_MAX, t('contact.errors.noteTooLong')),
          /** No default: the agent chooses (an empty choice is refused with a field error). */
          outcome: z.union([z.enum(CONTACT_OUTCOMES), z.literal('')]),
          followUpChannel: z.string(),
          followUpAt: z.string(),
          locationId: z.string(),
          confirm: z.boolean(),
          /** Outcome "Terugbellen afgesproken": the callback, saved in the same step. */
          callback: contactCallbackSchema,
        })
        .superRefine((values, ctx) => {
          if (values.outcome === '') ctx.addIssue({ code: 'custom', path: ['outcome'], message: t('contact.errors.outcomeRequired') });
          if (values.outcome === 'callback_agreed') checkContactCallback(values.callback, ctx, ['callback'], t, now());
          if (values.caseChoice === NEW_CASE) {
            const subject = values.subject.trim();
            const message =
              subject === '' ? t('contact.errors.subjectRequired')
              : subject.length < SUBJECT_MIN ? t('contact.errors.subjectTooShort')
              : subject.length > SUBJECT_MAX ? t('contact.errors.subjectTooLong')
              : null;
            if (message) ctx.addIssue({ code: 'custom', path: ['subject'], message });
          }
          if (values.outcome === 'answered' || values.outcome === '') return;
          const required = followUpRequired(values.channel, values.outcome);
          const anyGiven = values.followUpChannel !== '' || values.followUpAt !== '';
          if (required || anyGiven) {
            if (values.followUpChannel === '') {
              ctx.addIssue({ code: 'custom', path: ['followUpChannel'], message: t('contact.errors.followUpChannelRequired') });
            }
            if (values.followUpAt === '') {
              const message = required ? t('contact.errors.followUpCounter') : t('contact.errors.followUpAtRequired');
              ctx.addIssue({ code: 'custom', path: ['followUpAt'], message });
            }
          }
          if (values.followUpAt !== '') {
            const iso = amsterdamLocalToIso(values.followUpAt);
            if (!iso) ctx.addIssue({ code: 'custom', path: ['followUpAt'], message: t('contact.errors.followUpAtInvalid') });
            else if (new Date(iso).getTime() <= now().getTime()) {
              ctx.addIssue({ code: 'custom', path: ['followUpAt'], message: t('contact.errors.followUpAtPast') });
            }
          }
        }),
    [t, now],
  );
}

export type ContactValues = z.infer<ReturnType<typeof useContactSchema>>;

/** An empty form; `phone` is the customer's preferred number, preselected for a callback. */
export function emptyContactValues(phone?: string): ContactValues {
  return {
    channel: 'phone',
    direction: 'inbound',
    topic: '',
    caseChoice: NEW_CASE,
    subject: '',
    summary: '',
    internalNote: '',
    outcome: '',
    followUpChannel: '',
    followUpAt: '',
    locationId: '',
    confirm: false,
    callback: emptyContactCallback(phone),
  };
}

/** Server field names → the form's fields (the API answers in English; we say it in Dutch). */
export const SERVER_FIELDS: Record<string, keyof ContactValues> = {
  topic: 'topic',
  summary: 'summary',
  internalNote: 'internalNote',
  caseId: 'caseChoice',
  newCase: 'subject',
  'newCase.subject': 'subject',
  followUp: 'followUpAt',
  'followUp.at': 'followUpAt',
  'followUp.channel': 'followUpChannel',
  locationId: 'locationId',
  channel: 'channel',
  direction: 'direction',
  outcome: 'outcome',
};
