import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FORM_RULES } from '@loket/shared/contracts';
import { GOOD_FRIDAY, isEndTime, isTime, LIBERATION_DAY, WEEKDAYS, type CalendarValues } from './calendar-form';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
export const REASON_MAX = FORM_RULES.closingDayReason.max;

/** The opening hours, checked in plain Dutch before they go to the API (which checks them again). */
export function useCalendarSchema() {
  const { t } = useTranslation();
  return useMemo(() => {
    const interval = z.object({ from: z.string(), to: z.string(), appointmentOnly: z.boolean(), overnight: z.boolean() });
    const week = z.object(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(interval)])) as Record<(typeof WEEKDAYS)[number], z.ZodArray<typeof interval>>);
    return z
      .object({
        openingHours: week,
        goodFriday: z.enum(GOOD_FRIDAY),
        liberationDay: z.enum(LIBERATION_DAY),
        closingDays: z.array(z.object({ from: z.string(), to: z.string(), reason: z.string() })),
      })
      .superRefine((values: CalendarValues, ctx) => {
        for (const day of WEEKDAYS) {
          const spans: { from: string; to: string; index: number }[] = [];
          values.openingHours[day].forEach((iv, index) => {
            const path = ['openingHours', day, index];
            const fromOk = isTime(iv.from);
            const toOk = isEndTime(iv.to);
            if (!fromOk) ctx.addIssue({ code: 'custom', path: [...path, 'from'], message: iv.from ? t('slaAdmin.hours.errors.time') : t('slaAdmin.hours.errors.fromRequired') });
            if (!toOk) ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: iv.to ? t('slaAdmin.hours.errors.time') : t('slaAdmin.hours.errors.toRequired') });
            if (!fromOk || !toOk) return;
            if (!iv.overnight && iv.to <= iv.from) {
              ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: t('slaAdmin.hours.errors.endBeforeStart') });
            } else if (iv.overnight && iv.to > iv.from) {
              ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: t('slaAdmin.hours.errors.overnightSameDay') });
            } else {
              spans.push({ from: iv.from, to: iv.overnight ? '99:99' : iv.to, index });
            }
          });
          spans.sort((a, b) => a.from.localeCompare(b.from));
          for (let i = 1; i < spans.length; i++) {
            if (spans[i].from < spans[i - 1].to) {
              ctx.addIssue({ code: 'custom', path: ['openingHours', day, spans[i].index, 'from'], message: t('slaAdmin.hours.errors.overlap') });
            }
          }
        }
        values.closingDays.forEach((cd, index) => {
          const path = ['closingDays', index];
          if (!realDate(cd.from)) {
            ctx.addIssue({ code: 'custom', path: [...path, 'from'], message: cd.from ? t('slaAdmin.closing.errors.date') : t('slaAdmin.closing.errors.fromRequired') });
          }
          if (cd.to && !realDate(cd.to)) ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: t('slaAdmin.closing.errors.date') });
          else if (cd.to && realDate(cd.from) && cd.to < cd.from) {
            ctx.addIssue({ code: 'custom', path: [...path, 'to'], message: t('slaAdmin.closing.errors.toBeforeFrom') });
          }
          if (cd.reason.trim().length > REASON_MAX) ctx.addIssue({ code: 'custom', path: [...path, 'reason'], message: t('slaAdmin.closing.errors.reasonTooLong') });
        });
      });
  }, [t]);
}
