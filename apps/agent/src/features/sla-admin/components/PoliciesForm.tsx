import { zodResolver } from '@hookform/resolvers/zod';
import { CHANNELS } from '@loket/shared/contracts';
import { isApiError, useUpdateSlaPolicies, type SlaPolicies, type Topic } from '@loket/web/api-client';
import { Button, submitOnCtrlEnter } from '@loket/web/ui';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useFieldArray, useForm, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NO_TARGET, policiesToValues, policyError, valuesToPolicies, type PoliciesValues } from '../hooks/policies-form';
import { usePoliciesSchema } from '../hooks/usePoliciesSchema';
import { FormOutcome } from './FormOutcome';

type Form = UseFormReturn<PoliciesValues>;

/** A control in a table cell: the column header names it visually; the label says it in full for screen readers. */
function CellControl({ label, error, children }: { label: string; error?: string; children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = `cel-${useId().replace(/:/g, '')}`;
  const errorId = `${id}-fout`;
  return (
    <div className="sla-cell">
      <label htmlFor={id} className="lk-visually-hidden">
        {label}
      </label>
      {children({ id, describedBy: error ? errorId : undefined })}
      {error ? (
        <span className="lk-field__error" id={errorId}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** A target: no target, working days or business hours, and how many. */
function TargetCell({ form, index, part, rowName }: { form: Form; index: number; part: 'firstResponse' | 'resolution'; rowName: string }) {
  const { t } = useTranslation();
  const { register, watch, formState: { errors } } = form;
  const type = watch(`rows.${index}.${part}.type`);
  const partName = t(part === 'firstResponse' ? 'slaAdmin.policies.firstResponse' : 'slaAdmin.policies.resolution');
  const rowErrors = errors.rows?.[index]?.[part];
  return (
    <div className="sla-target">
      <CellControl label={t('slaAdmin.policies.typeLabel', { what: partName, row: rowName })} error={rowErrors?.type?.message}>
        {({ id, describedBy }) => (
          <select
            id={id}
            className="lk-select"
            aria-invalid={rowErrors?.type ? true : undefined}
            aria-describedby={describedBy}
            {...register(`rows.${index}.${part}.type`)}
          >
            <option value="none">{t('slaAdmin.policies.types.none')}</option>
            <option value="working_days">{t('slaAdmin.policies.types.working_days')}</option>
            <option value="business_hours">{t('slaAdmin.policies.types.business_hours')}</option>
          </select>
        )}
      </CellControl>
      {type !== 'none' ? (
        <CellControl label={t('slaAdmin.policies.amountLabel', { what: partName, row: rowName })} error={rowErrors?.amount?.message}>
          {({ id, describedBy }) => (
            <input
              id={id}
              className="lk-input sla-target__amount"
              inputMode="decimal"
              autoComplete="off"
              size={4}
              aria-invalid={rowErrors?.amount ? true : undefined}
              aria-describedby={describedBy}
              {...register(`rows.${index}.${part}.amount`)}
            />
          )}
        </CellControl>
      ) : null}
    </div>
  );
}

/**
 * The response targets per channel, and per topic of a channel where it differs. Saving replaces the
 * whole list (PUT /sla/policies); a channel without targets is left out.
 */
export function PoliciesForm({ policies, topics, onSaved }: { policies: SlaPolicies; topics: readonly Topic[]; onSaved?: () => void }) {
  const { t } = useTranslation();
  const schema = usePoliciesSchema();
  const update = useUpdateSlaPolicies();
  const form = useForm<PoliciesValues>({ resolver: zodResolver(schema), defaultValues: policiesToValues(policies) });
  const { register, control, formState: { errors } } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' });
  const addRef = useRef<HTMLButtonElement>(null);
  const [invalid, setInvalid] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const channelName = (channel: string) => t(`labels.channel.${channel as (typeof CHANNELS)[number]}`);

  const onSubmit = form.handleSubmit(
    (values) => {
      setSaved(null);
      setInvalid(false);
      setProblems([]);
      const { body, rowOfItem } = valuesToPolicies(values);
      update.mutate(body, {
        onSuccess: (next) => {
          form.reset(policiesToValues(next));
          setSaved(t('slaAdmin.policies.saved'));
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
          let first = true;
          const rest: string[] = [];
          for (const { field, code } of fieldErrors) {
            const found = policyError(field, code, rowOfItem);
            if (found) {
              const text = t(`slaAdmin.policies.serverErrors.${found.problem}`, { maxDays: 60, maxHours: 500 });
              form.setError(found.path as FieldPath<PoliciesValues>, { type: 'server', message: text }, { shouldFocus: first });
              first = false;
            } else rest.push(t('slaAdmin.policies.serverErrors.other'));
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
    <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate className="sla-form" aria-labelledby="termijnen-titel">
      <h2 id="termijnen-titel">{t('slaAdmin.policies.title')}</h2>
      <p>{t('slaAdmin.policies.intro')}</p>
      <div className="sla-table-wrap">
        <table className="sla-policies">
          <caption className="lk-visually-hidden">{t('slaAdmin.policies.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('slaAdmin.policies.channel')}</th>
              <th scope="col">{t('slaAdmin.policies.topic')}</th>
              <th scope="col">{t('slaAdmin.policies.firstResponse')}</th>
              <th scope="col">{t('slaAdmin.policies.resolution')}</th>
              <th scope="col">
                <span className="lk-visually-hidden">{t('slaAdmin.policies.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => {
              const general = index < CHANNELS.length;
              const rowName = general
                ? channelName(field.channel)
                : t('slaAdmin.policies.topicRow', { n: index - CHANNELS.length + 1 });
              const rowErrors = errors.rows?.[index];
              return (
                <tr key={field.id} className={general ? undefined : 'sla-policies__topic-row'}>
                  {general ? (
                    <th scope="row">{channelName(field.channel)}</th>
                  ) : (
                    <td>
                      <CellControl label={t('slaAdmin.policies.channelLabel', { row: rowName })} error={rowErrors?.channel?.message}>
                        {({ id, describedBy }) => (
                          <select id={id} className="lk-select" aria-describedby={describedBy} {...register(`rows.${index}.channel`)}>
                            {CHANNELS.map((channel) => (
                              <option key={channel} value={channel}>
                                {channelName(channel)}
                              </option>
                            ))}
                          </select>
                        )}
                      </CellControl>
                    </td>
                  )}
                  <td>
                    {general ? (
                      t('slaAdmin.policies.allTopics')
                    ) : (
                      <CellControl label={t('slaAdmin.policies.topicLabel', { row: rowName })} error={rowErrors?.topic?.message}>
                        {({ id, describedBy }) => (
                          <select
                            id={id}
                            className="lk-select"
                            aria-invalid={rowErrors?.topic ? true : undefined}
                            aria-describedby={describedBy}
                            {...register(`rows.${index}.topic`)}
                          >
                            <option value="">{t('slaAdmin.policies.chooseTopic')}</option>
                            {topics.map((topic) => (
                              <option key={topic.id} value={topic.id}>
                                {topic.name}
                              </option>
                            ))}
                          </select>
                        )}
                      </CellControl>
                    )}
                  </td>
                  <td>
                    <TargetCell form={form} index={index} part="firstResponse" rowName={rowName} />
                  </td>
                  <td>
                    <TargetCell form={form} index={index} part="resolution" rowName={rowName} />
                  </td>
                  <td>
                    {general ? null : (
                      <Button
                        variant="subtle"
                        onClick={() => {
                          remove(index);
                          addRef.current?.focus();
                        }}
                      >
                        {t('slaAdmin.policies.remove')}
                        {' '}
                        <span className="lk-visually-hidden">({rowName})</span>
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="lk-field__hint">{t('slaAdmin.policies.hint')}</p>
      <div className="button-row">
        <Button
          variant="secondary"
          ref={addRef}
          onClick={() =>
            append(
              { channel: 'phone', topic: '', firstResponse: { ...NO_TARGET, type: 'working_days', amount: '1' }, resolution: { ...NO_TARGET } },
              { shouldFocus: true, focusName: `rows.${fields.length}.channel` },
            )
          }
        >
          {t('slaAdmin.policies.add')}
        </Button>
      </div>
      <FormOutcome invalid={invalid} problems={problems} saved={saved} busy={update.isPending} saveLabel={t('slaAdmin.policies.save')} />
    </form>
  );
}
