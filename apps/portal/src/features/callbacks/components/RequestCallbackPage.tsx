import { zodResolver } from '@hookform/resolvers/zod';
import { DAY_PARTS, FORM_RULES } from '@loket/shared/contracts';
import { isApiError, usePortalMe, useRequestCallback, type PortalCallback } from '@loket/web/api-client';
import {
  Alert, Button, formatCallbackWindow, formatPhoneNumber, formatWindowSuggestion, parseWindowSuggestion, localDateTime, dayPartOfTime, RadioGroup,
  SelectField, TextAreaField, TextField, useDocumentTitle, useNow, type WindowSuggestion,
} from '@loket/web/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { dayLabel, daysFromToday, nextWorkingDays } from '../hooks/working-days';

const REASON_MIN = FORM_RULES.callbackReason.min;
const REASON_MAX = FORM_RULES.callbackReason.max;
const PHONE = /^\+?[\d\s()-]+$/;

function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/[\s()+-]/g, '');
  return PHONE.test(value.trim()) && digits.length >= 9 && digits.length <= 15;
}

/** A suggestion as a date and day part (an instant falls in the day part of its Dutch time). */
function asDayPart(suggestion: WindowSuggestion | null): { date: string; dayPart: (typeof DAY_PARTS)[number] } | null {
  if (!suggestion) return null;
  if (suggestion.kind === 'dayPart') return { date: suggestion.date, dayPart: suggestion.dayPart };
  const { date, time } = localDateTime(suggestion.at);
  const dayPart = dayPartOfTime(time);
  return dayPart ? { date, dayPart } : null;
}

/**
 * "Bel mij terug": what about, which working day, which part of the day and on which number. The
 * organization's opening hours are not shown here: when we are closed then, the API says so and
 * suggests the next moment, which the tenant can take with one button.
 */
export function RequestCallbackPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('requestCallback.title'), t('app.titleSuffix'));
  const now = useNow();
  const me = usePortalMe();
  const request = useRequestCallback();
  const [received, setReceived] = useState<PortalCallback | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<{ date: string; dayPart: (typeof DAY_PARTS)[number] } | null>(null);
  const receivedRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, t('requestCallback.errors.reasonRequired'))
          .min(REASON_MIN, t('requestCallback.errors.reasonTooShort'))
          .max(REASON_MAX, t('requestCallback.errors.reasonTooLong')),
        date: z.string().min(1, t('requestCallback.errors.dateRequired')),
        dayPart: z.enum(['', ...DAY_PARTS]).refine((value) => value !== '', t('requestCallback.errors.dayPartRequired')),
        phone: z
          .string()
          .trim()
          .min(1, t('requestCallback.errors.phoneRequired'))
          .refine((value) => isPhoneNumber(value), t('requestCallback.errors.phoneInvalid')),
      }),
    [t],
  );
  const { register, handleSubmit, reset, setError, setValue, setFocus, clearErrors, getFieldState, watch, formState: { errors } } = useForm<
    z.input<typeof schema>,
    unknown,
    z.output<typeof schema>
  >({
    resolver: zodResolver(schema),
    defaultValues: { reason: '', date: '', dayPart: '', phone: '' },
  });

  // The number we know is filled in, until the tenant types another.
  const preferred = me.data?.customer.phoneNumbers[0]?.display ?? '';
  useEffect(() => {
    if (preferred && !getFieldState('phone').isDirty) setValue('phone', preferred);
  }, [preferred, getFieldState, setValue]);

  const chosenDate = watch('date');
  const dates = nextWorkingDays(now);
  for (const extra of [chosenDate, suggestion?.date]) if (extra && !dates.includes(extra)) dates.push(extra);
  dates.sort();
  const dateOptions = dates.map((date) => {
    const label = dayLabel(date, now, i18n.language);
    const away = daysFromToday(date, now);
    return {
      value: date,
      label: away === 0 ? t('requestCallback.today', { day: label }) : away === 1 ? t('requestCallback.tomorrow', { day: label }) : label,
    };
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    setReceived(null);
    setSuggestion(null);
    const phone = values.phone.trim();
    request.mutate(
      {
        reason: values.reason.trim(),
        date: values.date,
        dayPart: values.dayPart,
        ...(phone === preferred ? {} : { phoneNumber: phone.replace(/[\s()-]/g, '') }),
      },
      {
        onSuccess: (created) => {
          reset({ reason: '', date: '', dayPart: '', phone: preferred });
          setReceived(created);
          setTimeout(() => receivedRef.current?.focus(), 0);
        },
        onError: (error) => {
          const problems = isApiError(error) ? error.fieldProblems : [];
          let placed = false;
          for (const problem of problems) {
            if (problem.field === 'date' || problem.field === 'dayPart' || problem.field === 'at') {
              const key = problem.code === 'in_past' ? 'past' : problem.code === 'office_closed' ? 'closed' : 'other';
              setError(problem.field === 'date' ? 'date' : 'dayPart', { message: t(`requestCallback.serverErrors.${key}`) }, { shouldFocus: !placed });
              setSuggestion(asDayPart(parseWindowSuggestion(problem.suggestion)));
              placed = true;
            } else if (problem.field === 'reason' || problem.field === 'phoneNumber') {
              setError(problem.field === 'reason' ? 'reason' : 'phone', { message: t(`requestCallback.serverErrors.${problem.field}`) }, { shouldFocus: !placed });
              placed = true;
            }
          }
          if (!placed) setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
        },
      },
    );
  });

  const applySuggestion = () => {
    if (!suggestion) return;
    setValue('date', suggestion.date, { shouldDirty: true });
    setValue('dayPart', suggestion.dayPart, { shouldDirty: true });
    clearErrors(['date', 'dayPart']);
    setSuggestion(null);
    setTimeout(() => setFocus('dayPart'), 0);
  };
  const suggestionText = suggestion
    ? formatWindowSuggestion({ kind: 'dayPart', ...suggestion }, { now, t, language: i18n.language })
    : null;

  return (
    <>
      <h1>{t('requestCallback.title')}</h1>
      <p className="lead">{t('requestCallback.intro')}</p>
      <div role="status" className="status-message">
        {received ? (
          <div ref={receivedRef} tabIndex={-1}>
            <Alert tone="success" title={t('requestCallback.receivedTitle')}>
              <p>
                {t('requestCallback.received', {
                  when: formatCallbackWindow(received, { now, t, language: i18n.language }) ?? '',
                  phone: formatPhoneNumber(received.phoneNumber),
                })}
              </p>
              <p>
                <Link to="/vragen">{t('requestCallback.toMyCases')}</Link>
              </p>
            </Alert>
          </div>
        ) : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="ask-form" aria-label={t('requestCallback.title')}>
        <TextAreaField
          label={t('requestCallback.reason')}
          hint={t('requestCallback.reasonHint')}
          error={errors.reason?.message}
          rows={4}
          {...register('reason')}
        />
        <SelectField
          label={t('requestCallback.date')}
          hint={t('requestCallback.dateHint')}
          placeholder={t('requestCallback.datePlaceholder')}
          options={dateOptions}
          error={errors.date?.message}
          {...register('date')}
        />
        <RadioGroup
          legend={t('requestCallback.dayPart')}
          options={DAY_PARTS.map((value) => ({ value, label: t(`requestCallback.dayParts.${value}`) }))}
          error={errors.dayPart?.message}
          {...register('dayPart')}
        />
        {suggestion && suggestionText ? (
          <div className="callback-suggestion">
            <p>{t('requestCallback.suggestion', { when: suggestionText })}</p>
            <Button variant="secondary" onClick={applySuggestion}>
              {t('requestCallback.use', { when: suggestionText })}
            </Button>
          </div>
        ) : null}
        <TextField
          type="tel"
          autoComplete="tel"
          label={t('requestCallback.phone')}
          hint={t('requestCallback.phoneHint')}
          error={errors.phone?.message}
          {...register('phone')}
        />
        <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
        <Button type="submit" busy={request.isPending}>
          {request.isPending ? t('requestCallback.submitting') : t('requestCallback.submit')}
        </Button>
      </form>
    </>
  );
}
