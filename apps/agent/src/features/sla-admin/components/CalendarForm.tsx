import { zodResolver } from '@hookform/resolvers/zod';
import type { Weekday } from '@loket/shared/business-calendar';
import { zonedFormatter } from '@loket/shared/dutch-time';
import { isApiError, useUpdateSlaCalendar, type SlaCalendar } from '@loket/web/api-client';
import { Button, formatDate, intlLocale, RadioGroup, submitOnCtrlEnter, TextField, VisuallyHidden } from '@loket/web/ui';
import { useRef, useState } from 'react';
import { useFieldArray, useForm, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  calendarErrorPath, calendarProblem, calendarToValues, emptyInterval, normalizeTime, valuesToCalendar, WEEKDAYS, type CalendarValues,
} from '../hooks/calendar-form';
import { useCalendarSchema } from '../hooks/useCalendarSchema';
import { FormOutcome } from './FormOutcome';

type Form = UseFormReturn<CalendarValues>;

/** One weekday: its opening intervals (add, remove, appointment only, past midnight). */
function WeekdayHours({ day, form }: { day: Weekday; form: Form }) {
  const { t } = useTranslation();
  const { register, control, getValues, setValue, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: `openingHours.${day}` });
  const addRef = useRef<HTMLButtonElement>(null);
  const dayName = t(`slaAdmin.weekdays.${day}`);
  const dayErrors = errors.openingHours?.[day];

  const add = () => {
    const current = getValues(`openingHours.${day}`);
    const last = current[current.length - 1];
    append(last ? { ...emptyInterval(), from: last.to === '24:00' ? '' : last.to, to: '' } : emptyInterval(), {
      shouldFocus: true,
      focusName: `openingHours.${day}.${current.length}.from`,
    });
  };
  const removeAt = (index: number) => {
    remove(index);
    addRef.current?.focus();
  };
  const timeField = (index: number, part: 'from' | 'to') => {
    const name = `openingHours.${day}.${index}.${part}` as const;
    const registered = register(name, {
      onBlur: (event: { target: HTMLInputElement }) => {
        const normal = normalizeTime(event.target.value);
        if (normal !== event.target.value) setValue(name, normal, { shouldDirty: true });
      },
    });
    return (
      <TextField
        className="sla-interval__time"
        label={
          <>
            {t(part === 'from' ? 'slaAdmin.hours.from' : 'slaAdmin.hours.to')}
            {' '}
            <VisuallyHidden>({t('slaAdmin.hours.which', { day: dayName, n: index + 1 })})</VisuallyHidden>
          </>
        }
        inputMode="numeric"
        autoComplete="off"
        placeholder="08:30"
        size={6}
        error={dayErrors?.[index]?.[part]?.message}
        {...registered}
      />
    );
  };

  return (
    <fieldset className="sla-day">
      <legend className="sla-day__name">{dayName}</legend>
      {fields.length === 0 ? <p className="sla-day__closed">{t('slaAdmin.hours.closed')}</p> : null}
      {fields.length > 0 ? (
        <ul className="plain-list sla-day__intervals">
          {fields.map((field, index) => {
            const which = `(${t('slaAdmin.hours.which', { day: dayName, n: index + 1 })})`;
            return (
              <li key={field.id} className="sla-interval">
                {timeField(index, 'from')}
                {timeField(index, 'to')}
                <div className="sla-interval__options">
                  <label className="lk-checkbox">
                    <input type="checkbox" {...register(`openingHours.${day}.${index}.appointmentOnly`)} />
                    {t('slaAdmin.hours.appointmentOnly')}
                    {' '}
                    <VisuallyHidden>{which}</VisuallyHidden>
                  </label>
                  <label className="lk-checkbox">
                    <input type="checkbox" {...register(`openingHours.${day}.${index}.overnight`)} />
                    {t('slaAdmin.hours.overnight')}
                    {' '}
                    <VisuallyHidden>{which}</VisuallyHidden>
                  </label>
                  <Button variant="subtle" onClick={() => removeAt(index)}>
                    {t('slaAdmin.hours.remove')}
                    {' '}
                    <VisuallyHidden>{which}</VisuallyHidden>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <Button variant="secondary" ref={addRef} onClick={add} className="sla-day__add">
        {t('slaAdmin.hours.add')}
        {' '}
        <VisuallyHidden>({dayName})</VisuallyHidden>
      </Button>
    </fieldset>
  );
}

/** Extra closing days: a date or a range, with a reason. */
function ClosingDays({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { register, control, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'closingDays' });
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="sla-closing">
      <legend className="lk-fieldset__legend">{t('slaAdmin.closing.title')}</legend>
      <p className="lk-field__hint">{t('slaAdmin.closing.hint')}</p>
      {fields.length === 0 ? <p>{t('slaAdmin.closing.none')}</p> : null}
      <ul className="plain-list sla-closing__list">
        {fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="sla-closing__item">
              <legend>{t('slaAdmin.closing.item', { n: index + 1 })}</legend>
              <div className="field-row">
                <TextField type="date" label={t('slaAdmin.closing.from')} error={errors.closingDays?.[index]?.from?.message} {...register(`closingDays.${index}.from`)} />
                <TextField
                  type="date"
                  label={t('slaAdmin.closing.to')}
                  optionalLabel={t('slaAdmin.optional')}
                  hint={t('slaAdmin.closing.toHint')}
                  error={errors.closingDays?.[index]?.to?.message}
                  {...register(`closingDays.${index}.to`)}
                />
                <TextField
                  label={t('slaAdmin.closing.reason')}
                  optionalLabel={t('slaAdmin.optional')}
                  hint={t('slaAdmin.closing.reasonHint')}
                  error={errors.closingDays?.[index]?.reason?.message}
                  {...register(`closingDays.${index}.reason`)}
                />
              </div>
              <Button
                variant="subtle"
                onClick={() => {
                  remove(index);
                  addRef.current?.focus();
                }}
              >
                {t('slaAdmin.closing.remove')}
                {' '}
                <VisuallyHidden>({t('slaAdmin.closing.item', { n: index + 1 })})</VisuallyHidden>
              </Button>
            </fieldset>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        ref={addRef}
        onClick={() => append({ from: '', to: '', reason: '' }, { shouldFocus: true, focusName: `closingDays.${fields.length}.from` })}
      >
        {t('slaAdmin.closing.add')}
      </Button>
    </fieldset>
  );
}

/** The public holidays the organization is closed on (as saved), this year and next. */
function HolidayList({ calendar }: { calendar: SlaCalendar }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const weekday = zonedFormatter(locale, { weekday: 'long' }, 'UTC');
  return (
    <section className="sla-holidays" aria-labelledby="feestdagen-titel">
      <h3 id="feestdagen-titel">{t('slaAdmin.holidays.listTitle')}</h3>
      <p className="lk-field__hint">{t('slaAdmin.holidays.listHint')}</p>
      {calendar.holidays.length === 0 ? (
        <p>{t('slaAdmin.holidays.none')}</p>
      ) : (
        <ul className="sla-holidays__list">
          {calendar.holidays.map((holiday) => (
            <li key={holiday.date}>
              <span className="sla-holidays__date">
                {weekday.format(new Date(`${holiday.date}T00:00:00Z`))} {formatDate(holiday.date, locale)}
              </span>
              : {holiday.name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * "Openingstijden": the weekly hours, public holidays and extra closing days. Saving sends the whole
 * calendar (PUT /sla/calendar); the API's field errors are shown next to the fields, in Dutch.
 */
export function CalendarForm({ calendar, onSaved }: { calendar: SlaCalendar; onSaved?: () => void }) {
  const { t } = useTranslation();
  const schema = useCalendarSchema();
  const update = useUpdateSlaCalendar();
  const form = useForm<CalendarValues>({ resolver: zodResolver(schema), defaultValues: calendarToValues(calendar) });
  const [invalid, setInvalid] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(
    (values) => {
      setSaved(null);
      setInvalid(false);
      setProblems([]);
      if (WEEKDAYS.every((day) => values.openingHours[day].length === 0)) {
        setProblems([t('slaAdmin.serverErrors.noOpeningTime')]);
        return;
      }
      update.mutate(valuesToCalendar(values, calendar), {
        onSuccess: (next) => {
          form.reset(calendarToValues(next));
          setSaved(t('slaAdmin.hours.saved'));
          onSaved?.();
        },
        onError: (error) => {
          const fieldErrors = isApiError(error) && error.status === 400 ? (error.problem?.errors ?? []) : [];
          if (fieldErrors.length === 0) {
            setProblems([
              isApiError(error) && error.status === 403 ? t('slaAdmin.errors.forbidden')
              : isApiError(error) && error.status === 0 ? t('app.networkError')
              : t('app.genericError'),
            ]);
            return;
          }
          const rest: string[] = [];
          let first = true;
          for (const { field, code } of fieldErrors) {
            const problem = calendarProblem(field, code);
            const text = t(`slaAdmin.serverErrors.${problem}`);
            let path = calendarErrorPath(field);
            if (path && /^openingHours\.\w+\.\d+$/.test(path)) path += problem === 'endBeforeStart' || problem === 'overnightSameDay' ? '.to' : '.from';
            if (path && /\.(from|to|reason)$|^(goodFriday|liberationDay)$/.test(path)) {
              form.setError(path as FieldPath<CalendarValues>, { type: 'server', message: text }, { shouldFocus: first });
              first = false;
            } else {
              const day = /^openingHours\.(mon|tue|wed|thu|fri|sat|sun)/.exec(field)?.[1] as Weekday | undefined;
              rest.push(day ? `${t(`slaAdmin.weekdays.${day}`)}: ${text}` : text);
            }
          }
          setInvalid(!first);
          setProblems(rest);
        },
      });
    },
    () => {
      setSaved(null);
      setProblems([]);
      setInvalid(true);
    },
  );

  const onKeyDown = submitOnCtrlEnter(onSubmit);

  return (
    <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate className="sla-form" aria-labelledby="openingstijden-titel">
      <h2 id="openingstijden-titel">{t('slaAdmin.hours.title')}</h2>
      <p>{t('slaAdmin.hours.intro')}</p>
      <div className="sla-week">
        {WEEKDAYS.map((day) => (
          <WeekdayHours key={day} day={day} form={form} />
        ))}
      </div>

      <h3>{t('slaAdmin.holidays.title')}</h3>
      <div className="field-row">
        <RadioGroup
          legend={t('slaAdmin.holidays.goodFriday')}
          error={form.formState.errors.goodFriday?.message}
          options={[
            { value: 'open', label: t('slaAdmin.holidays.open') },
            { value: 'closed', label: t('slaAdmin.holidays.closed') },
          ]}
          {...form.register('goodFriday')}
        />
        <RadioGroup
          legend={t('slaAdmin.holidays.liberationDay')}
          error={form.formState.errors.liberationDay?.message}
          options={[
            { value: 'every_year', label: t('slaAdmin.holidays.everyYear') },
            { value: 'lustrum_years', label: t('slaAdmin.holidays.lustrumYears') },
            { value: 'never', label: t('slaAdmin.holidays.never') },
          ]}
          {...form.register('liberationDay')}
        />
      </div>
      <HolidayList calendar={calendar} />

      <ClosingDays form={form} />

      <FormOutcome invalid={invalid} problems={problems} saved={saved} busy={update.isPending} saveLabel={t('slaAdmin.hours.save')} />
    </form>
  );
}
