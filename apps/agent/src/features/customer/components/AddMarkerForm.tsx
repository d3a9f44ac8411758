import { zodResolver } from '@hookform/resolvers/zod';
import { FORM_RULES, MARKER_CODES, type MarkerCode } from '@loket/shared/contracts';
import { isApiError, useCreateMarker } from '@loket/web/api-client';
import { Alert, Button, SelectField, TextAreaField, TextField, fieldErrorKey } from '@loket/web/ui';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { isSafetyMarker, todayIso } from '../hooks/markers';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = ['code', 'note', 'validFrom', 'validUntil'] as const;
/** The same limits as the API, so the agent hears about them in Dutch, next to the field. */
const NOTE_MIN = FORM_RULES.markerNote.min;
const NOTE_MAX = FORM_RULES.markerNote.max;

/** Adds a marker (signalering) with a note and an optional period. */
export function AddMarkerForm({ customerId, onAdded }: { customerId: string; onAdded?: (name: string) => void }) {
  const { t } = useTranslation();
  const createMarker = useCreateMarker(customerId);
  const [formError, setFormError] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z
        .object({
          code: z.string().refine((value) => (MARKER_CODES as readonly string[]).includes(value), t('markers.add.errors.codeRequired')),
          note: z
            .string()
            .trim()
            .min(1, t('markers.add.errors.noteRequired'))
            .min(NOTE_MIN, t('markers.add.errors.noteTooShort'))
            .max(NOTE_MAX, t('markers.add.errors.noteTooLong')),
          validFrom: z.string().regex(DATE, t('markers.add.errors.validFromInvalid')),
          validUntil: z.string().refine((value) => value === '' || DATE.test(value), t('markers.add.errors.validUntilInvalid')),
        })
        .refine((values) => values.validUntil === '' || values.validUntil >= values.validFrom, {
          path: ['validUntil'],
          message: t('markers.add.errors.validUntilBeforeFrom'),
        }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const emptyValues = (): Values => ({ code: '', note: '', validFrom: todayIso(), validUntil: '' });
  const {
    register, handleSubmit, reset, setError, watch, formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: emptyValues() });
  const code = watch('code');

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const markerCode = values.code as MarkerCode;
    createMarker.mutate(
      {
        code: markerCode,
        note: values.note.trim(),
        // From today is the default of the API: then the marker counts from this moment on.
        ...(values.validFrom !== todayIso() ? { validFrom: values.validFrom } : {}),
        validUntil: values.validUntil || null,
      },
      {
        onSuccess: () => {
          reset(emptyValues());
          onAdded?.(t(`markerNames.${markerCode}`));
        },
        onError: (error) => {
          const fields = isApiError(error) ? error.fieldCodes : {};
          let placed = false;
          for (const field of FIELDS) {
            if (fields[field]) {
              setError(field, { message: t(fieldErrorKey(fields[field])) });
              placed = true;
            }
          }
          if (!placed) {
            setFormError(isApiError(error) && error.problem?.detail ? error.problem.detail : t('app.genericError'));
          }
        },
      },
    );
  });

  return (
    <form className="add-marker" onSubmit={onSubmit} noValidate aria-labelledby="signalering-toevoegen">
      <h3 id="signalering-toevoegen">{t('markers.add.title')}</h3>
      <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <SelectField
        label={t('markers.add.code')}
        placeholder={t('markers.add.codePlaceholder')}
        options={MARKER_CODES.map((value) => ({ value, label: `${t(`markerNames.${value}`)} (${value})` }))}
        error={errors.code?.message}
        hint={code && isSafetyMarker(code as MarkerCode) ? t('markers.add.safetyHint') : undefined}
        {...register('code')}
      />
      <TextAreaField
        label={t('markers.add.note')}
        hint={t('markers.add.noteHint')}
        error={errors.note?.message}
        rows={3}
        {...register('note')}
      />
      <div className="field-row">
        <TextField type="date" label={t('markers.add.validFrom')} error={errors.validFrom?.message} {...register('validFrom')} />
        <TextField
          type="date"
          label={t('markers.add.validUntil')}
          optionalLabel={t('markers.add.optional')}
          error={errors.validUntil?.message}
          {...register('validUntil')}
        />
      </div>
      <Button type="submit" busy={createMarker.isPending}>
        {createMarker.isPending ? t('markers.add.submitting') : t('markers.add.submit')}
      </Button>
    </form>
  );
}
