import { zodResolver } from '@hookform/resolvers/zod';
import { CHANNELS, CONTACT_OUTCOMES } from '@loket/shared/contracts';
import {
  isApiError, useCreateContact, useLocations, useSessionUser, useTopics, type Case, type Contact, type CreateContactRequest, type LoggedContact, type PhoneNumber,
} from '@loket/web/api-client';
import { Alert, Button, RadioGroup, SelectField, TextAreaField, TextField, useNow, type WindowSuggestion } from '@loket/web/ui';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Controller, FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ContactCallbackFields, contactCallbackProblems, toContactCallbackRequest, useWindowText } from '../../callbacks';
import { KnowledgePanel, type UsedArticle } from '../../knowledge';
import { amsterdamLocalToIso } from '../hooks/amsterdam-time';
import {
  emptyContactValues, followUpRequired, NEW_CASE, SERVER_FIELDS, useContactSchema, type ContactValues,
} from '../hooks/useContactSchema';
import { ContactFacts, type ContactFactsCustomer } from './ContactFacts';
import { TopicCombobox } from './TopicCombobox';

interface ContactPanelProps {
  customerId: string;
  /** The customer's open questions (overview.openCases): a contact can be added to one of them. */
  openCases: readonly Case[];
  /** The customer's phone numbers, the preferred one first: preselected for a callback. */
  phoneNumbers?: readonly PhoneNumber[];
  /** The customer's facts, shown beside the form while the agent types (name and safety warning, address, preferred channel). */
  customer?: ContactFactsCustomer;
  /** Called after saving (the success message stays in the panel). */
  onSaved?: (contact: Contact) => void;
}

const NO_PHONES: readonly PhoneNumber[] = [];

/** The channels an agent records; "Mijn Loket" contacts come from the portal itself. */
const AGENT_CHANNELS = CHANNELS.filter((channel) => channel !== 'portal');

/**
 * "Contact vastleggen" (R4–R7, R11, R18): one form, fast enough to use during a phone call.
 * Keyboard-first: the channel is first, Ctrl+Enter saves from any field. With the outcome
 * "Terugbellen afgesproken" the callback is part of the same form and of the same request
 * (POST /contacts {…, callback}): both are saved, or neither. The outcome has no default: the agent
 * chooses it. After saving, the success message stays at the top of the form (where the focus
 * goes back to the first field), until the next save.
 */
export function ContactPanel({ customerId, openCases, phoneNumbers = NO_PHONES, customer, onSaved }: ContactPanelProps) {
  const { t } = useTranslation();
  const now = useNow();
  // The schema asks for "now" when it checks (a follow-up or a callback time in the past): the
  // moment of this screen, fixed in tests by a NowProvider.
  const nowRef = useRef(now);
  nowRef.current = now;
  const schema = useContactSchema(useCallback(() => nowRef.current, []));
  const topics = useTopics();
  const me = useSessionUser();
  const windowText = useWindowText();
  const createContact = useCreateContact();
  const [noteOpen, setNoteOpen] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<WindowSuggestion | null>(null);
  // The knowledge-base articles the agent marked "Gebruikt": sent with the contact (articleIds).
  const [usedArticles, setUsedArticles] = useState<UsedArticle[]>([]);
  const firstFieldRef = useRef<HTMLSelectElement | null>(null);
  const savedRef = useRef<HTMLDivElement | null>(null);
  const preferredPhone = phoneNumbers[0]?.number;
  const form = useForm<ContactValues>({ resolver: zodResolver(schema), defaultValues: emptyContactValues(preferredPhone) });
  const {
    register, control, handleSubmit, reset, setError, setValue, watch, getFieldState, formState: { errors },
  } = form;

  const channel = watch('channel');
  const outcome = watch('outcome');
  const caseChoice = watch('caseChoice');
  const topicId = watch('topic');
  const summary = watch('summary');
  const topic = topics.data?.find((item) => item.id === topicId) ?? null;
  const isCounter = channel === 'counter';
  const showFollowUp = outcome !== '' && outcome !== 'answered';
  const followUpNeeded = followUpRequired(channel, outcome);
  const locations = useLocations(isCounter);

  useEffect(() => {
    firstFieldRef.current?.focus();
  }, []);

  // A written confirmation by default when the question stays open (R18); the agent may switch it off.
  useEffect(() => {
    if (!getFieldState('confirm').isDirty) setValue('confirm', outcome !== '' && outcome !== 'answered');
  }, [outcome, getFieldState, setValue]);

  // The callback's reason starts as the summary, until the agent writes one of their own.
  useEffect(() => {
    if (!getFieldState('callback.reason').isDirty) setValue('callback.reason', summary);
  }, [summary, getFieldState, setValue]);

  const caseName = (values: ContactValues) =>
    values.caseChoice === NEW_CASE ? values.subject.trim() : (openCases.find((item) => item.id === values.caseChoice)?.subject ?? '');

  const callbackSavedText = (callback: NonNullable<LoggedContact['callback']>) => {
    const when = windowText(callback);
    if (callback.assignee && callback.assignee.id === me.data?.id) return t('callbacks.fields.savedMine', { when });
    if (callback.assignee) return t('callbacks.fields.savedColleague', { name: callback.assignee.displayName, when });
    if (callback.team) return t('callbacks.fields.savedTeam', { team: callback.team.name, when });
    return t('callbacks.fields.savedMine', { when });
  };

  const finish = (contact: LoggedContact, subject: string) => {
    const confirmation = contact.confirmation
      ? t(`contact.confirmation.${contact.confirmation.status}`, { channel: t(`contact.confirmationChannel.${contact.confirmation.channel}`) })
      : t('contact.confirmation.none');
    setSaved([t('contact.saved', { subject }), contact.callback ? callbackSavedText(contact.callback) : null, confirmation].filter(Boolean).join(' '));
    setSuggestion(null);
    reset(emptyContactValues(preferredPhone));
    setNoteOpen(false);
    setUsedArticles([]);
    onSaved?.(contact);
    // Back to the first field for the next contact; the success message sits above it, so it stays in view.
    firstFieldRef.current?.focus({ preventScroll: true });
    savedRef.current?.scrollIntoView?.({ block: 'nearest' });
  };

  /** Places the API's refusal: a callback field under "callback.", the contact's fields, or one sentence. */
  const showProblems = (error: unknown, values: ContactValues) => {
    if (isApiError(error) && error.status === 409) {
      setFormError(t('contact.errors.caseClosed'));
      return;
    }
    const problems = isApiError(error) ? error.fieldProblems : [];
    const callbackProblems = problems.filter((p) => p.field.startsWith('callback.')).map((p) => ({ ...p, field: p.field.slice('callback.'.length) }));
    let placed = false;
    if (callbackProblems.length > 0) {
      const fromCallback = contactCallbackProblems(callbackProblems, values.callback, t);
      fromCallback.fields.forEach((problem, index) =>
        setError(`callback.${problem.field}` as Path<ContactValues>, { message: problem.message }, { shouldFocus: index === 0 }),
      );
      setSuggestion(fromCallback.suggestion);
      placed = fromCallback.fields.length > 0;
    }
    for (const problem of problems) {
      const field = SERVER_FIELDS[problem.field];
      if (field) {
        setError(field, { message: t(`contact.serverErrors.${field}`, { defaultValue: t('contact.serverErrors.other') }) }, { shouldFocus: !placed });
        placed = true;
      }
    }
    setFormError(
      placed ? `${t('contact.notSaved')} ${t('contact.fixBelow')}`
      : isApiError(error) && error.status === 0 ? t('app.networkError')
      : t('app.genericError'),
    );
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    setSaved(null);
    setSuggestion(null);
    const followUpAt = values.followUpAt ? amsterdamLocalToIso(values.followUpAt) : null;
    const outcome = values.outcome as CreateContactRequest['outcome'];
    const request: CreateContactRequest = {
      customerId,
      channel: values.channel,
      direction: values.direction,
      topic: values.topic,
      summary: values.summary.trim(),
      internalNote: values.internalNote.trim() || null,
      outcome,
      ...(values.caseChoice === NEW_CASE ? { newCase: { subject: values.subject.trim() } } : { caseId: values.caseChoice }),
      followUp:
        outcome !== 'answered' && values.followUpChannel && followUpAt
          ? { channel: values.followUpChannel as ContactValues['channel'], at: followUpAt }
          : null,
      locationId: values.channel === 'counter' && values.locationId ? values.locationId : null,
      // One letter or e-mail for the customer: with a callback it names who calls and when.
      confirm: values.confirm,
      articleIds: usedArticles.map((article) => article.id),
      // Contact and callback in one request: both are saved, or neither.
      ...(outcome === 'callback_agreed' ? { callback: toContactCallbackRequest(values.callback) } : {}),
    };
    const subject = caseName(values);
    createContact.mutate(request, {
      onSuccess: (contact) => finish(contact, subject),
      onError: (error) => showProblems(error, values),
    });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void onSubmit();
    }
  };

  const channelOptions = AGENT_CHANNELS.map((value) => ({ value, label: t(`labels.channel.${value}`) }));
  const { ref: channelRef, ...channelField } = register('channel');

  const busy = createContact.isPending;

  return (
    <div className={customer ? 'contact-layout contact-layout--with-facts' : 'contact-layout'}>
      {customer ? <ContactFacts customer={customer} openCases={openCases} /> : null}
      <FormProvider {...form}>
        <form className="contact-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-labelledby="contact-vastleggen-titel">
          <div role="status" className="status-message" ref={savedRef} tabIndex={-1}>
            {saved ? <Alert tone="success">{saved}</Alert> : null}
          </div>
          <p className="contact-form__shortcut muted">{t('contact.shortcut')}</p>
          <div className="field-row">
            <SelectField
              label={t('contact.channel')}
              options={channelOptions}
              error={errors.channel?.message}
              ref={(element) => {
                channelRef(element);
                firstFieldRef.current = element;
              }}
              {...channelField}
            />
            <RadioGroup
              className="contact-form__direction"
              legend={t('contact.direction')}
              options={[
                { value: 'inbound', label: t('labels.direction.inbound') },
                { value: 'outbound', label: t('labels.direction.outbound') },
              ]}
              {...register('direction')}
            />
          </div>
          {isCounter ? (
            <SelectField
              label={t('contact.location')}
              placeholder={t('contact.locationPlaceholder')}
              options={(locations.data ?? []).map((location) => ({ value: location.id, label: location.name }))}
              error={errors.locationId?.message}
              {...register('locationId')}
            />
          ) : null}
          <Controller
            control={control}
            name="topic"
            render={({ field }) => (
              <TopicCombobox
                topics={topics.data ?? []}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                inputRef={field.ref}
                label={t('contact.topic')}
                hint={topics.isError ? t('contact.topicsError') : t('contact.topicHint')}
                error={errors.topic?.message}
              />
            )}
          />
          <SelectField
            label={t('contact.case')}
            options={[
              { value: NEW_CASE, label: t('contact.newCase') },
              ...openCases.map((item) => ({ value: item.id, label: `${item.subject} (${t(`labels.caseStatus.${item.status}`)})` })),
            ]}
            error={errors.caseChoice?.message}
            {...register('caseChoice')}
          />
          {caseChoice === NEW_CASE ? (
            <TextField
              label={t('contact.subject')}
              hint={t('contact.subjectHint')}
              error={errors.subject?.message}
              autoComplete="off"
              {...register('subject')}
            />
          ) : null}
          <TextAreaField
            label={t('contact.summary')}
            hint={t('contact.summaryHint')}
            error={errors.summary?.message}
            rows={4}
            {...register('summary')}
          />
          <div className="contact-form__note">
            <Button variant="subtle" aria-expanded={noteOpen} aria-controls="interne-notitie" onClick={() => setNoteOpen((open) => !open)}>
              {noteOpen ? t('contact.noteHide') : t('contact.noteShow')}
            </Button>
            <div id="interne-notitie" hidden={!noteOpen}>
              {noteOpen && topic?.sensitive ? (
                <Alert tone="warning" className="contact-form__sensitive">
                  {t('contact.sensitiveWarning', { topic: topic.name })}
                </Alert>
              ) : null}
              {noteOpen ? (
                <TextAreaField
                  label={t('contact.internalNote')}
                  hint={t('contact.internalNoteHint')}
                  optionalLabel={t('contact.optional')}
                  error={errors.internalNote?.message}
                  rows={2}
                  {...register('internalNote')}
                />
              ) : null}
            </div>
          </div>
          <SelectField
            label={t('contact.outcome')}
            placeholder={t('contact.outcomePlaceholder')}
            options={CONTACT_OUTCOMES.map((value) => ({ value, label: t(`labels.outcome.${value}`) }))}
            error={errors.outcome?.message}
            aria-required
            {...register('outcome')}
          />
          {showFollowUp ? (
            <fieldset className="lk-fieldset contact-form__follow-up">
              <legend className="lk-fieldset__legend">
                {t('contact.followUp')}
                {followUpNeeded ? null : <span className="lk-field__optional"> {t('contact.optional')}</span>}
              </legend>
              <p className="lk-field__hint">{followUpNeeded ? t('contact.followUpCounterHint') : t('contact.followUpHint')}</p>
              <div className="field-row">
                <SelectField
                  label={t('contact.followUpChannel')}
                  placeholder={t('contact.followUpChannelPlaceholder')}
                  options={CHANNELS.map((value) => ({ value, label: t(`labels.channel.${value}`) }))}
                  error={errors.followUpChannel?.message}
                  aria-required={followUpNeeded || undefined}
                  {...register('followUpChannel')}
                />
                <TextField
                  type="datetime-local"
                  label={t('contact.followUpAt')}
                  error={errors.followUpAt?.message}
                  aria-required={followUpNeeded || undefined}
                  {...register('followUpAt')}
                />
              </div>
            </fieldset>
          ) : null}
          {outcome === 'callback_agreed' ? (
            <ContactCallbackFields
              name="callback"
              phoneNumbers={phoneNumbers}
              suggestion={suggestion}
              onSuggestionUsed={() => setSuggestion(null)}
              now={now}
            />
          ) : null}
          <label className="lk-checkbox contact-form__confirm">
            <input type="checkbox" {...register('confirm')} />
            {t('contact.confirm')}
          </label>
          <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
          <div className="button-row">
            <Button type="submit" busy={busy}>
              {busy ? t('contact.submitting') : t('contact.submit')}
            </Button>
          </div>
        </form>
      </FormProvider>
      <KnowledgePanel topic={topic ? { id: topic.id, name: topic.name } : null} used={usedArticles} onUsedChange={setUsedArticles} />
    </div>
  );
}
