import { CHANNELS, EMAIL_SHAPE, PHONE_LABELS } from '@loket/shared/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

/** Loose check: 10 to 15 digits, with spaces, dashes, brackets or a leading + allowed. The API checks the rest. */
export function looksLikePhoneNumber(value: string): boolean {
  const compact = value.replace(/[\s\-().]/g, '');
  return /^\+?\d{10,15}$/.test(compact);
}

/** The contact preferences form, with plain Dutch messages next to each field. */
export function usePreferencesSchema() {
  const { t } = useTranslation();
  return useMemo(
    () =>
      z
        .object({
          preferredChannel: z
            .string()
            .refine((value) => (CHANNELS as readonly string[]).includes(value), t('myDetails.preferences.errors.channelRequired')),
          email: z
            .string()
            .trim()
            .refine((value) => value === '' || EMAIL_SHAPE.test(value), t('myDetails.preferences.errors.emailInvalid')),
          phoneNumbers: z.array(
            z.object({
              number: z
                .string()
                .trim()
                .refine((value) => value === '' || looksLikePhoneNumber(value), t('myDetails.preferences.errors.phoneInvalid')),
              label: z.enum(PHONE_LABELS),
            }),
          ),
        })
        .superRefine((values, ctx) => {
          if (values.preferredChannel === 'email' && values.email === '') {
            ctx.addIssue({ code: 'custom', path: ['email'], message: t('myDetails.preferences.errors.emailNeeded') });
          }
          if (values.preferredChannel === 'phone' && !values.phoneNumbers.some((phone) => phone.number !== '')) {
            ctx.addIssue({ code: 'custom', path: ['phoneNumbers', 0, 'number'], message: t('myDetails.preferences.errors.phoneNeeded') });
          }
        }),
    [t],
  );
}

export type PreferencesValues = z.infer<ReturnType<typeof usePreferencesSchema>>;
