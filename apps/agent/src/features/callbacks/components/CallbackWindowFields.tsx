import { DAY_PARTS } from '@loket/shared/contracts';
import { Button, formatWindowSuggestion, RadioGroup, SelectField, TextField, type WindowSuggestion } from '@loket/web/ui';
import { get, useFormContext, type FieldError, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isoToLocalInput, WINDOW_KINDS, type WindowKind } from '../hooks/window-values';

interface CallbackWindowFieldsProps {
  /** Where the window sits in the form, e.g. `callback.window`. */
  name: string;
  legend: string;
  /** Which kinds to offer (reschedule offers all three as well). */
  kinds?: readonly WindowKind[];
  /** The API's suggestion after it refused the window: a "Gebruik …" button puts it in the fields. */
  suggestion: WindowSuggestion | null;
  onSuggestionUsed: () => void;
  now: Date;
}

/**
 * "Wanneer bellen we terug?": the standard (by the end of the next working day), a day part on a
 * date, or a specific time. Part of a react-hook-form form (FormProvider) holding `WindowValues` at `name`.
 */
export function CallbackWindowFields({ name, legend, kinds = WINDOW_KINDS, suggestion, onSuggestionUsed, now }: CallbackWindowFieldsProps) {
  const { t, i18n } = useTranslation();
  const { register, watch, setValue, setFocus, clearErrors, formState } = useFormContext<FieldValues>();
  const field = (part: string) => `${name}.${part}` as Path<FieldValues>;
  const error = (part: string) => (get(formState.errors, field(part)) as FieldError | undefined)?.message;
  const kind = watch(field('kind')) as WindowKind;

  const applySuggestion = () => {
    if (!suggestion) return;
    const options = { shouldDirty: true, shouldValidate: false };
    if (suggestion.kind === 'at') {
      setValue(field('kind'), 'at', options);
      setValue(field('at'), isoToLocalInput(suggestion.at), options);
    } else {
      setValue(field('kind'), 'dayPart', options);
      setValue(field('date'), suggestion.date, options);
      setValue(field('dayPart'), suggestion.dayPart, options);
    }
    clearErrors([field('at'), field('date'), field('dayPart')]);
    onSuggestionUsed();
    // The fields of the chosen kind appear on the next render: focus the one that changed there.
    setTimeout(() => setFocus(field(suggestion.kind === 'at' ? 'at' : 'dayPart')), 0);
  };

  const suggestionText = suggestion ? formatWindowSuggestion(suggestion, { now, t, language: i18n.language }) : null;

  return (
    <div className="callback-window">
      <RadioGroup
        className="callback-window__kind"
        legend={legend}
        options={kinds.map((value) => ({ value, label: t(`callbacks.window.kind.${value}`) }))}
        error={error('kind')}
        {...register(field('kind'))}
      />
      {kind === 'dayPart' ? (
        <div className="field-row">
          <TextField type="date" label={t('callbacks.window.date')} error={error('date')} {...register(field('date'))} />
          <SelectField
            label={t('callbacks.window.dayPart')}
            hint={t('callbacks.window.dayPartHint')}
            placeholder={t('callbacks.window.dayPartPlaceholder')}
            options={DAY_PARTS.map((value) => ({ value, label: t(`callbacks.window.dayParts.${value}`) }))}
            error={error('dayPart')}
            {...register(field('dayPart'))}
          />
        </div>
      ) : null}
      {kind === 'at' ? (
        <TextField
          type="datetime-local"
          label={t('callbacks.window.at')}
          hint={t('callbacks.window.atHint')}
          error={error('at')}
          {...register(field('at'))}
        />
      ) : null}
      {suggestion && suggestionText ? (
        <div className="callback-suggestion">
          <p>{t('callbacks.window.suggestion', { when: suggestionText })}</p>
          <Button variant="secondary" onClick={applySuggestion}>
            {t('callbacks.window.use', { when: suggestionText })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
