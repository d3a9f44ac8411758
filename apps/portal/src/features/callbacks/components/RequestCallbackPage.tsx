import { zodResolver } from '@hookform/resolvers/zod';
import { DAY_PARTS, FORM_RULES } from '@loket/shared/contracts';
import { isApiError, usePortalCallbackMoments, usePortalMe, useRequestCallback, type PortalCallback, type PortalCallbackDay } from '@loket/web/api-client';
import {
  Alert, Button, clockTime, formatCallbackWindow, formatPhoneNumber, formatWindowSuggestion, parseWindowSuggestion, localDateTime, dayPartOfTime, RadioGroup,
  LoadError, Loading, SelectField, TextAreaField, TextField, useDocumentTitle, useNow, type WindowSuggestion,
} from '@loket/web/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { dayLabel, daysFromToday } from '../hooks/working-days';

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

type DayPart = (typeof DAY_PARTS)[number];
type Moment = { date: string; dayPart: DayPart };

/**
 * "Bel mij terug": what about, which day, which part of the day and on which number. The picker
 * offers only the open day parts of the coming two weeks (the organization's calendar and holidays,
 * from the API), with their open hours. Should a moment close meanwhile, the API refuses it and
 * suggests the first open moment after it — never an earlier one — which the tenant sees next to
 * what they chose and can take with one button.
 */
export function RequestCallbackPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('requestCallback.title'), t('app.titleSuffix'));
  const now = useNow();
  const me = usePortalMe();
  const request = useRequestCallback();
  const [received, setReceived] = useState<PortalCallback | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const moments = usePortalCallbackMoments();
  const [suggestion, setSuggestion] = useState<(Moment & { asked: Moment }) | null>(null);
  const [taken, setTaken] = useState<Moment | null>(null);
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
  const chosenPart = watch('dayPart');
  const days: PortalCallbackDay[] = [...(moments.data ?? [])];
  // A suggested moment beyond the fortnight shown is offered too (the API found it open).
  const extra = suggestion ?? taken;
  if (extra && !days.some((d) => d.date === extra.date)) {
    days.push({ date: extra.date, dayParts: [{ dayPart: extra.dayPart, windowStart: '', windowEnd: '' }] });
    days.sort((a, b) => a.date.localeCompare(b.date));
  }
  const day = days.find((d) => d.date === chosenDate);
  const partOptions = (day?.dayParts ?? []).map((part) => {
    const from = part.windowStart ? clockTime(new Date(part.windowStart), i18n.language) : null;
    const to = part.windowEnd ? clockTime(new Date(part.windowEnd), i18n.language) : null;
    return {
      value: part.dayPart,
      label: from && to ? t('requestCallback.dayPartOpen', { part: t(`requestCallback.dayPartNames.${part.dayPart}`), from, to }) : t(`requestCallback.dayPartNames.${part.dayPart}`),
    };
  });
  // A day part that the newly chosen day does not offer is no choice any more.
  useEffect(() => {
    if (chosenPart && day && !day.dayParts.some((p) => p.dayPart === chosenPart)) setValue('dayPart', '');
  }, [chosenPart, day, setValue]);
  const dateOptions = days.map(({ date }) => {
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
              const next = asDayPart(parseWindowSuggestion(problem.suggestion));
              setSuggestion(next ? { ...next, asked: { date: values.date, dayPart: values.dayPart } } : null);
              void moments.refetch();
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
    setTaken({ date: suggestion.date, dayPart: suggestion.dayPart });
    setValue('date', suggestion.date, { shouldDirty: true });
    setValue('dayPart', suggestion.dayPart, { shouldDirty: true });
    clearErrors(['date', 'dayPart']);
    setSuggestion(null);
    setTimeout(() => setFocus('dayPart'), 0);
  };
  const suggestionText = suggestion
    ? formatWindowSuggestion({ kind: 'dayPart', date: suggestion.date, dayPart: suggestion.dayPart }, { now, t, language: i18n.language })
    : null;
  const askedText = suggestion
    ? formatWindowSuggestion({ kind: 'dayPart', date: suggestion.asked.date, dayPart: suggestion.asked.dayPart }, { now, t, language: i18n.language })
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
        {moments.isPending ? <Loading>{t('requestCallback.loadingMoments')}</Loading> : null}
        {moments.isError && !moments.data ? (
          <LoadError offline={isApiError(moments.error) && moments.error.status === 0} onRetry={() => void moments.refetch()} />
        ) : null}
        {moments.isSuccess && days.length === 0 ? <Alert tone="info">{t('requestCallback.noMoments')}</Alert> : null}
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
          hint={day ? t('requestCallback.dayPartHint') : t('requestCallback.chooseDayFirst')}
          options={partOptions}
          error={errors.dayPart?.message}
          {...register('dayPart')}
        />
        {suggestion && suggestionText && askedText ? (
          <div className="callback-suggestion" role="group" aria-label={t('requestCallback.suggestionLabel')}>
            <p>{t('requestCallback.suggestion', { asked: askedText, when: suggestionText })}</p>
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
