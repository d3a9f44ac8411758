import { useSessionUser, useTeams, type PersonRef, type PhoneNumber } from '@loket/web/api-client';
import { RadioGroup, SelectField, TextAreaField, TextField, type WindowSuggestion } from '@loket/web/ui';
import { get, useFormContext, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CALLBACK_ASSIGNEES, OTHER_PHONE } from '../hooks/contact-callback';
import { CallbackWindowFields } from './CallbackWindowFields';

interface ContactCallbackFieldsProps {
  /** Where the callback part sits in the form (`ContactCallbackValues`), e.g. `callback`. */
  name: string;
  /** The customer's numbers, the preferred one first. */
  phoneNumbers: readonly PhoneNumber[];
  suggestion: WindowSuggestion | null;
  onSuggestionUsed: () => void;
  now: Date;
}

/**
 * The callback agreed in a contact, in the same form: number to call, what about (from the summary),
 * when, and who calls (me, a team's queue, or a colleague).
 */
export function ContactCallbackFields({ name, phoneNumbers, suggestion, onSuggestionUsed, now }: ContactCallbackFieldsProps) {
  const { t } = useTranslation();
  const { register, watch, formState } = useFormContext<FieldValues>();
  const me = useSessionUser();
  const teams = useTeams();
  const field = (part: string) => `${name}.${part}` as Path<FieldValues>;
  const error = (part: string) => (get(formState.errors, field(part)) as FieldError | undefined)?.message;
  const phone = watch(field('phone')) as string;
  const assignee = watch(field('assignee')) as (typeof CALLBACK_ASSIGNEES)[number];

  const colleagues = new Map<string, PersonRef>();
  for (const team of teams.data ?? []) {
    for (const member of team.members) if (member.id !== me.data?.id) colleagues.set(member.id, member);
  }
  const colleagueOptions = [...colleagues.values()]
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((person) => ({ value: person.id, label: person.displayName }));
  const teamOptions = (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }));

  return (
    <fieldset className="lk-fieldset contact-form__callback">
      <legend className="lk-fieldset__legend">{t('callbacks.fields.legend')}</legend>
      <p className="lk-field__hint">{t('callbacks.fields.hint')}</p>
      {phoneNumbers.length > 0 ? (
        <SelectField
          label={t('callbacks.fields.phone')}
          options={[
            ...phoneNumbers.map((number) => ({ value: number.number, label: `${number.display} (${t(`labels.phoneLabel.${number.label}`)})` })),
            { value: OTHER_PHONE, label: t('callbacks.fields.phoneOtherOption') },
          ]}
          error={error('phone')}
          {...register(field('phone'))}
        />
      ) : null}
      {phone === OTHER_PHONE ? (
        <TextField
          type="tel"
          autoComplete="off"
          label={phoneNumbers.length > 0 ? t('callbacks.fields.phoneOther') : t('callbacks.fields.phone')}
          hint={t('callbacks.fields.phoneOtherHint')}
          error={error('phoneOther')}
          {...register(field('phoneOther'))}
        />
      ) : null}
      <TextAreaField
        label={t('callbacks.fields.reason')}
        hint={t('callbacks.fields.reasonHint')}
        error={error('reason')}
        rows={2}
        {...register(field('reason'))}
      />
      <CallbackWindowFields
        name={field('window')}
        legend={t('callbacks.window.legend')}
        suggestion={suggestion}
        onSuggestionUsed={onSuggestionUsed}
        now={now}
      />
      <RadioGroup
        className="contact-form__assignee"
        legend={t('callbacks.fields.assignee')}
        hint={teams.isError ? t('callbacks.fields.teamsError') : undefined}
        options={CALLBACK_ASSIGNEES.filter((value) => value === 'me' || (value === 'team' ? teamOptions.length > 0 : colleagueOptions.length > 0)).map(
          (value) => ({ value, label: t(`callbacks.fields.assignees.${value}`) }),
        )}
        error={error('assignee')}
        {...register(field('assignee'))}
      />
      {assignee === 'team' ? (
        <SelectField
          label={t('callbacks.fields.team')}
          placeholder={t('callbacks.fields.teamPlaceholder')}
          options={teamOptions}
          error={error('teamId')}
          {...register(field('teamId'))}
        />
      ) : null}
      {assignee === 'colleague' ? (
        <SelectField
          label={t('callbacks.fields.colleague')}
          placeholder={t('callbacks.fields.colleaguePlaceholder')}
          options={colleagueOptions}
          error={error('colleagueId')}
          {...register(field('colleagueId'))}
        />
      ) : null}
    </fieldset>
  );
}
