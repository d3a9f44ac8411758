import { isApiError, useArticleFeedback } from '@loket/web/api-client';
import { Alert, Button, RadioGroup, TextAreaField } from '@loket/web/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** "Heeft dit u geholpen?": ja or nee, and if the tenant wants, a few words more. */
export function ArticleFeedback({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const feedback = useArticleFeedback(articleId);
  const [helpful, setHelpful] = useState<'yes' | 'no' | ''>('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const thanksRef = useRef<HTMLDivElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!helpful) {
      setError(t('faq.feedback.chooseFirst'));
      return;
    }
    feedback.mutate(
      { helpful: helpful === 'yes', comment: comment.trim() || null },
      {
        onSuccess: () => {
          setSent(true);
          setTimeout(() => thanksRef.current?.focus(), 0);
        },
        onError: (failure) => setError(isApiError(failure) && failure.status === 0 ? t('app.networkError') : t('app.genericError')),
      },
    );
  };

  if (sent) {
    return (
      <div role="status" className="faq-feedback">
        <div ref={thanksRef} tabIndex={-1}>
          <Alert tone="success">{t('faq.feedback.thanks')}</Alert>
        </div>
      </div>
    );
  }

  return (
    <form className="faq-feedback ask-form" onSubmit={onSubmit} noValidate aria-label={t('faq.feedback.title')}>
      <RadioGroup
        legend={t('faq.feedback.title')}
        name="geholpen"
        error={error && !helpful ? error : undefined}
        options={[
          { value: 'yes', label: t('faq.feedback.yes') },
          { value: 'no', label: t('faq.feedback.no') },
        ]}
        onChange={(event) => setHelpful(event.target.value as 'yes' | 'no')}
      />
      <TextAreaField
        label={helpful === 'no' ? t('faq.feedback.commentNo') : t('faq.feedback.comment')}
        optionalLabel={t('faq.feedback.optional')}
        hint={t('faq.feedback.commentHint')}
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div aria-live="assertive">{error && helpful ? <Alert tone="error">{error}</Alert> : null}</div>
      <Button type="submit" busy={feedback.isPending}>
        {t('faq.feedback.submit')}
      </Button>
    </form>
  );
}
