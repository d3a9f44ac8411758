import { CHANNELS } from '@loket/shared/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TARGET_TYPES, type PoliciesValues, type TargetValues } from './policies-form';

export const MAX_DAYS = 60;
export const MAX_HOURS = 500;

/** Response targets, checked in plain Dutch: whole working days 0–60, business hours above 0 up to 500. */
export function usePoliciesSchema() {
  const { t } = useTranslation();
  return useMemo(() => {
    const target = z.object({ type: z.enum(TARGET_TYPES), amount: z.string() });
    const row = z.object({ channel: z.enum(CHANNELS), topic: z.string(), firstResponse: target, resolution: target });
    const amountProblem = ({ type, amount }: TargetValues): string | null => {
      if (type === 'none') return null;
      const text = amount.trim().replace(',', '.');
      if (text === '') return t('slaAdmin.policies.errors.amountRequired');
      const n = Number(text);
      if (type === 'working_days') {
        return Number.isInteger(n) && n >= 0 && n <= MAX_DAYS ? null : t('slaAdmin.policies.errors.days', { max: MAX_DAYS });
      }
      return Number.isFinite(n) && n > 0 && n <= MAX_HOURS && Number.isInteger(Math.round(n * 60 * 1000) / 1000)
        ? null
        : t('slaAdmin.policies.errors.hours', { max: MAX_HOURS });
    };
    return z.object({ rows: z.array(row) }).superRefine((values: PoliciesValues, ctx) => {
      const seen = new Set<string>();
      values.rows.forEach((r, index) => {
        for (const part of ['firstResponse', 'resolution'] as const) {
          const message = amountProblem(r[part]);
          if (message) ctx.addIssue({ code: 'custom', path: ['rows', index, part, 'amount'], message });
        }
        if (index < CHANNELS.length) return; // the general rows: one per channel
        if (!r.topic) {
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'topic'], message: t('slaAdmin.policies.errors.topicRequired') });
          return;
        }
        const key = `${r.channel}|${r.topic}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'topic'], message: t('slaAdmin.policies.errors.duplicate') });
        seen.add(key);
        if (r.firstResponse.type === 'none' && r.resolution.type === 'none') {
          ctx.addIssue({ code: 'custom', path: ['rows', index, 'firstResponse', 'type'], message: t('slaAdmin.policies.errors.noTarget') });
        }
      });
    });
  }, [t]);
}
