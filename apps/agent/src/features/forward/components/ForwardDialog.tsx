import { zodResolver } from '@hookform/resolvers/zod';
import { FORM_RULES } from '@loket/shared/contracts';
import { isApiError, useSessionUser, useTeams, type Case } from '@loket/web/api-client';
import { Alert, Button, Dialog, fieldErrorKey, RadioGroup, SelectField, TextAreaField } from '@loket/web/ui';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useForwardCase } from '../api/forward';

/** The same limits as the API, so the agent hears about them next to the field. */
const FORWARD_NOTE = FORM_RULES.forwardNote;

/** The API's field names and the form's: a code on `teamId` shows under "Team", and so on. */
const API_FIELDS = { teamId: 'teamId', userId: 'userId', note: 'note', tellCustomer: 'tellCustomer' } as const;

interface ForwardDialogProps {
  item: Pick<Case, 'id' | 'subject'>;
  onClose: () => void;
  /** Forwarded: a sentence for the page's status line ("Doorgezet naar Technisch beheer."). */
  onDone: (message: string) => void;
}

/**
 * "Doorzetten": hand the question to a team's queue or to a colleague, with a note for them (on the
 * question's time line) and, if the agent wants, a message to the customer saying who handles it now.
 */
export function ForwardDialog({ item, onClose, onDone }: ForwardDialogProps) {
  const { t } = useTranslation();
  const me = useSessionUser();
  const teams = useTeams();
  const forward = useForwardCase(item.id);
  const [formError, setFormError] = useState<string | null>(null);

  const schema = useMemo(
    () =>
      z
        .object({
          target: z.enum(['team', 'user']),
          teamId: z.string(),
          userId: z.string(),
          note: z
            .string()
            .trim()
            .min(1, t('forward.errors.noteRequired'))
            .min(FORWARD_NOTE.min, t('forward.errors.noteTooShort'))
            .max(FORWARD_NOTE.max, t('forward.errors.noteTooLong')),
          tellCustomer: z.boolean(),
        })
        .superRefine((values, context) => {
          if (values.target === 'team' && !values.teamId) context.addIssue({ code: 'custom', path: ['teamId'], message: t('forward.errors.teamRequired') });
          if (values.target === 'user' && !values.userId) context.addIssue({ code: 'custom', path: ['userId'], message: t('forward.errors.userRequired') });
        }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, setError, watch, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { target: 'team', teamId: '', userId: '', note: '', tellCustomer: false },
  });
  const target = watch('target');

  const teamOptions = (teams.data ?? []).map((team) => ({ value: team.id, label: team.name }));
  const colleagues = new Map<string, string>();
  for (const team of teams.data ?? []) for (const member of team.members) if (member.id !== me.data?.id) colleagues.set(member.id, member.displayName);
  const colleagueOptions = [...colleagues].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const to = values.target === 'team' ? { teamId: values.teamId } : { userId: values.userId };
    forward.mutate(
      { ...to, note: values.note.trim(), tellCustomer: values.tellCustomer },
      {
        onSuccess: () => {
          const name = values.target === 'team' ? teamOptions.find((option) => option.value === values.teamId)?.label : colleagues.get(values.userId);
          onDone(t('forward.done', { name: name ?? '' }));
        },
        onError: (error) => {
          const fields = isApiError(error) ? error.fieldCodes : {};
          let placed = false;
          for (const [apiField, formField] of Object.entries(API_FIELDS)) {
            const code = fields[apiField];
            if (!code) continue;
            // Said in this dialog's words where it has them ("Deze collega kan geen vragen behandelen."), else the general text.
            setError(formField, { message: t(`forward.fieldErrors.${apiField}.${code}`, { defaultValue: t(fieldErrorKey(code)) }) });
            placed = true;
          }
          if (placed) return;
          if (isApiError(error) && error.status === 409) setFormError(t('forward.errors.conflict'));
          else if (isApiError(error) && error.status === 0) setFormError(t('app.networkError'));
          else setFormError(t('app.genericError'));
        },
      },
    );
  });

  return (
    <Dialog title={t('forward.title')} onClose={onClose} className="forward-dialog">
      <form onSubmit={onSubmit} noValidate className="forward-form">
        <p className="forward-form__subject">{t('forward.intro', { subject: item.subject })}</p>
        <RadioGroup
          legend={t('forward.target')}
          options={[
            { value: 'team', label: t('forward.toTeam') },
            { value: 'user', label: t('forward.toUser') },
          ]}
          {...register('target')}
        />
        {target === 'team' ? (
          <SelectField
            label={t('forward.team')}
            placeholder={t('forward.chooseTeam')}
            options={teamOptions}
            error={errors.teamId?.message}
            {...register('teamId')}
          />
        ) : (
          <SelectField
            label={t('forward.user')}
            placeholder={t('forward.chooseUser')}
            options={colleagueOptions}
            error={errors.userId?.message}
            {...register('userId')}
          />
        )}
        <TextAreaField label={t('forward.note')} hint={t('forward.noteHint')} error={errors.note?.message} rows={4} {...register('note')} />
        <label className="lk-checkbox">
          <input type="checkbox" {...register('tellCustomer')} aria-describedby={errors.tellCustomer ? 'doorzetten-klant-fout' : undefined} />
          {t('forward.tellCustomer')}
        </label>
        {errors.tellCustomer ? (
          <p className="lk-field__error" id="doorzetten-klant-fout">
            {errors.tellCustomer.message}
          </p>
        ) : null}
        <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
        <div className="button-row">
          <Button type="submit" busy={forward.isPending}>
            {forward.isPending ? t('forward.sending') : t('forward.submit')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('forward.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
