import { CHANNELS, type Channel } from '@loket/shared/contracts';
import { isApiError, useSlaPreview, type SlaPreviewParams, type Topic } from '@loket/web/api-client';
import { Alert, Button, Loading, SelectField, TextField } from '@loket/web/ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { amsterdamLocalToIso } from '../../contact-log';
import { nextFridayAt1155, previewSentences } from '../hooks/preview-text';

/** The fixed example under the title: a phone call next Friday at 11:55. Fetched again after every save. */
export function SlaExample({ now }: { now: Date }) {
  const { t, i18n } = useTranslation();
  const local = nextFridayAt1155(now);
  const params = useMemo<SlaPreviewParams | null>(() => {
    const at = amsterdamLocalToIso(local);
    return at ? { channel: 'phone', at } : null;
  }, [local]);
  const preview = useSlaPreview(params);
  return (
    <div role="status">
      {preview.data ? (
        <p className="sla-example">
          <strong>{t('slaAdmin.example')}</strong> {previewSentences(preview.data, t, i18n.language, now).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "Wat betekent dit?": pick a channel, optionally a topic, and a moment; the API says when the
 * first response and the answer are due (GET /sla/preview), in one plain sentence.
 */
export function SlaPreviewPanel({ topics, now }: { topics: readonly Topic[]; now: Date }) {
  const { t, i18n } = useTranslation();
  const [channel, setChannel] = useState<Channel>('phone');
  const [topic, setTopic] = useState('');
  const [at, setAt] = useState(() => nextFridayAt1155(now));
  const [error, setError] = useState<string | null>(null);
  const [params, setParams] = useState<SlaPreviewParams | null>(null);
  const preview = useSlaPreview(params);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const iso = amsterdamLocalToIso(at);
    if (!iso) {
      setError(at ? t('slaAdmin.preview.errors.atInvalid') : t('slaAdmin.preview.errors.atRequired'));
      document.getElementById('voorbeeld-moment')?.focus();
      return;
    }
    setError(null);
    setParams({ channel, topic: topic || null, at: iso });
  };

  let result = null;
  if (params && preview.isPending) result = <Loading>{t('slaAdmin.preview.calculating')}</Loading>;
  else if (params && preview.isError) {
    result = (
      <Alert tone="error">
        {isApiError(preview.error) && preview.error.status === 0 ? t('app.networkError') : t('slaAdmin.preview.errors.failed')}
      </Alert>
    );
  } else if (preview.data) {
    result = (
      <div className="sla-preview__answer">
        {previewSentences(preview.data, t, i18n.language, now).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
    );
  }

  return (
    <section className="sla-preview" aria-labelledby="wat-betekent-dit">
      <h2 id="wat-betekent-dit">{t('slaAdmin.preview.title')}</h2>
      <p>{t('slaAdmin.preview.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="sla-preview__form">
        <div className="field-row">
          <SelectField
            label={t('slaAdmin.preview.channel')}
            value={channel}
            onChange={(event) => setChannel(event.target.value as Channel)}
            options={CHANNELS.map((value) => ({ value, label: t(`labels.channel.${value}`) }))}
          />
          <SelectField
            label={t('slaAdmin.preview.topic')}
            optionalLabel={t('slaAdmin.optional')}
            value={topic}
            onChange={(event) => setTopic(event.target.value)}
            placeholder={t('slaAdmin.preview.anyTopic')}
            options={topics.map((item) => ({ value: item.id, label: item.name }))}
          />
          <TextField
            id="voorbeeld-moment"
            type="datetime-local"
            label={t('slaAdmin.preview.at')}
            hint={t('slaAdmin.preview.atHint')}
            value={at}
            error={error ?? undefined}
            onChange={(event) => setAt(event.target.value)}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t('slaAdmin.preview.submit')}
        </Button>
      </form>
      <div role="status" className="sla-preview__result">
        {result}
      </div>
    </section>
  );
}
