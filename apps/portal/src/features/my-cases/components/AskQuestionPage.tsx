import { zodResolver } from '@hookform/resolvers/zod';
import { FORM_RULES } from '@loket/shared/contracts';
import { isApiError, useAskQuestion, useTopics, type PortalCase } from '@loket/web/api-client';
import { Alert, Button, SelectField, TextAreaField, TextField, useDocumentTitle } from '@loket/web/ui';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { ArticleSuggestions } from '../../faq';

const FIELDS = ['topic', 'subject', 'question'] as const;

/** "Stel een vraag" (R15, R17): a question in the portal, received straight into the file. */
export function AskQuestionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('ask.title'), t('app.titleSuffix'));
  const topics = useTopics();
  const ask = useAskQuestion();
  const [received, setReceived] = useState<PortalCase | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const receivedRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(
    () =>
      z.object({
        topic: z.string().min(1, t('ask.errors.topicRequired')),
        subject: z
          .string()
          .trim()
          .min(1, t('ask.errors.subjectRequired'))
          .min(FORM_RULES.caseSubject.min, t('ask.errors.subjectTooShort'))
          .max(FORM_RULES.caseSubject.max, t('ask.errors.subjectTooLong')),
        question: z
          .string()
          .trim()
          .min(1, t('ask.errors.questionRequired'))
          .min(FORM_RULES.portalQuestion.min, t('ask.errors.questionTooShort'))
          .max(FORM_RULES.portalQuestion.max, t('ask.errors.questionTooLong')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, reset, setError, watch, formState: { errors } } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { topic: '', subject: '', question: '' },
  });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    setReceived(null);
    ask.mutate(
      { topic: values.topic, subject: values.subject.trim(), question: values.question.trim() },
      {
        onSuccess: (created) => {
          reset();
          setReceived(created);
          // Move the focus to the confirmation, so a screen reader user hears it at once.
          setTimeout(() => receivedRef.current?.focus(), 0);
        },
        onError: (error) => {
          let placed = false;
          const fields = isApiError(error) ? error.fieldCodes : {};
          for (const field of FIELDS) {
            if (fields[field]) {
              setError(field, { message: t(`ask.serverErrors.${field}`) });
              placed = true;
            }
          }
          if (!placed) setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
        },
      },
    );
  });

  // While the tenant types, matching articles may already answer the question (the subject until the question has words).
  const question = watch('question');
  const subject = watch('subject');
  const suggestionText = question.trim().length >= 2 ? question : subject;

  const topicOptions = (topics.data ?? []).filter((topic) => topic.active).map((topic) => ({ value: topic.id, label: topic.name }));

  return (
    <>
      <h1>{t('ask.title')}</h1>
      <p className="lead">{t('ask.intro')}</p>
      <div role="status" className="status-message">
        {received ? (
          <div ref={receivedRef} tabIndex={-1}>
            <Alert tone="success" title={t('ask.receivedTitle')}>
              <p>{t('ask.received', { subject: received.subject })}</p>
              <p>
                <Link to="/vragen">{t('ask.toMyCases')}</Link>
              </p>
            </Alert>
          </div>
        ) : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="ask-form" aria-label={t('ask.title')}>
        <SelectField
          label={t('ask.topic')}
          placeholder={t('ask.topicPlaceholder')}
          options={topicOptions}
          hint={topics.isError ? t('ask.topicsError') : undefined}
          error={errors.topic?.message}
          {...register('topic')}
        />
        <TextField label={t('ask.subject')} hint={t('ask.subjectHint')} error={errors.subject?.message} {...register('subject')} />
        <TextAreaField label={t('ask.question')} hint={t('ask.questionHint')} error={errors.question?.message} rows={6} {...register('question')} />
        {received ? null : <ArticleSuggestions text={suggestionText} />}
        <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
        <Button type="submit" busy={ask.isPending}>
          {ask.isPending ? t('ask.submitting') : t('ask.submit')}
        </Button>
      </form>
    </>
  );
}
