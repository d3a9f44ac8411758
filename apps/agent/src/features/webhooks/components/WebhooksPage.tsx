import { INTEGRATION_EVENT_TYPES, type IntegrationEventType } from '@loket/shared/contracts';
import {
  isApiError, useCreateWebhookSubscription, useDeleteWebhookSubscription, useReplayWebhookDelivery, useReplayWebhookRange, useSessionUser,
  useUpdateWebhookSubscription, useWebhookDeliveries, useWebhookSubscriptions, type Schemas,
} from '@loket/web/api-client';
import {
  Alert, Badge, Button, Dialog, EmptyState, LoadError, Loading, SelectField, TextField, fieldErrorKey, formatDateTime, intlLocale, useDocumentTitle, useFocusOnMount, type Tone,
} from '@loket/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const WEBHOOKS_PATH = '/beheer/webhooks';

type Subscription = Schemas['WebhookSubscriptionDto'];
type Delivery = Schemas['WebhookDeliveryDto'];
type DeliveryStatus = Schemas['WebhookDeliveryStatus'];

const STATUS_TONE: Record<DeliveryStatus, Tone> = { pending: 'neutral', retrying: 'warning', delivered: 'success', dead: 'danger' };
const STATUSES: DeliveryStatus[] = ['pending', 'retrying', 'delivered', 'dead'];

function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => (isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
}

function Moment({ at }: { at: string | null }) {
  const { i18n } = useTranslation();
  return at ? <time dateTime={at}>{formatDateTime(at, intlLocale(i18n.language))}</time> : <span className="muted">–</span>;
}

/** "Webhooks" (/beheer/webhooks): which systems hear about events, the delivery log and replays. Admins only. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('webhooks.title'), t('app.titleSuffix'));
  return (
    <article className="webhooks-admin" aria-labelledby="webhooks-titel">
      <h1 id="webhooks-titel" ref={headingRef} tabIndex={-1}>
        {t('webhooks.title')}
      </h1>
      {isAdmin ? (
        <>
          <p className="sla-admin__lead">{t('webhooks.intro')}</p>
          <WebhooksContent />
        </>
      ) : (
        <Alert tone="info" title={t('webhooks.noAccess')}>
          <p>
            <Link to="/">{t('slaAdmin.noAccess.back')}</Link>
          </p>
        </Alert>
      )}
    </article>
  );
}

function WebhooksContent() {
  const { t } = useTranslation();
  const subscriptions = useWebhookSubscriptions();
  if (subscriptions.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (subscriptions.isError) return <LoadError offline={isApiError(subscriptions.error) && subscriptions.error.status === 0} onRetry={() => void subscriptions.refetch()} />;
  const items = subscriptions.data.items;
  return (
    <>
      <SubscriptionList items={items} />
      <NewSubscription />
      {items.length ? <ReplayRange items={items} /> : null}
      <DeliveryLog items={items} />
    </>
  );
}

function SubscriptionList({ items }: { items: Subscription[] }) {
  const { t } = useTranslation();
  const update = useUpdateWebhookSubscription();
  const [deleting, setDeleting] = useState<Subscription | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const errorText = useErrorText();
  return (
    <section aria-labelledby="webhooks-abonnementen" className="lk-panel webhooks-admin__section">
      <h2 id="webhooks-abonnementen">{t('webhooks.subscriptions.title')}</h2>
      {items.length === 0 ? (
        <EmptyState>
          <p>{t('webhooks.subscriptions.empty')}</p>
        </EmptyState>
      ) : (
        <div className="webhooks-admin__scroll">
          <table className="lk-table">
            <caption className="lk-visually-hidden">{t('webhooks.subscriptions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.subscriptions.url')}</th>
                <th scope="col">{t('webhooks.subscriptions.events')}</th>
                <th scope="col">{t('webhooks.subscriptions.state')}</th>
                <th scope="col">{t('webhooks.subscriptions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <span className="webhooks-admin__url">{s.url}</span>
                    {s.description ? <span className="muted"> ({s.description})</span> : null}
                  </td>
                  <td>{s.events.map((e) => t(`webhooks.events.${e}.label`)).join(', ')}</td>
                  <td>
                    <Badge tone={s.active ? 'success' : 'warning'}>{s.active ? t('webhooks.subscriptions.active') : t('webhooks.subscriptions.paused')}</Badge>
                  </td>
                  <td>
                    <div className="button-row">
                      <Button
                        variant="secondary"
                        busy={update.isPending && update.variables?.id === s.id}
                        onClick={() => {
                          setFailed(null);
                          update.mutate({ id: s.id, body: { active: !s.active } }, { onError: (e) => setFailed(errorText(e)) });
                        }}
                        aria-label={t(s.active ? 'webhooks.subscriptions.pauseOne' : 'webhooks.subscriptions.resumeOne', { url: s.url })}
                      >
                        {s.active ? t('webhooks.subscriptions.pause') : t('webhooks.subscriptions.resume')}
                      </Button>
                      <Button variant="danger" onClick={() => setDeleting(s)} aria-label={t('webhooks.subscriptions.deleteOne', { url: s.url })}>
                        {t('webhooks.subscriptions.delete')}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div aria-live="assertive">{failed ? <Alert tone="error">{failed}</Alert> : null}</div>
      {deleting ? <DeleteDialog subscription={deleting} onClose={() => setDeleting(null)} /> : null}
    </section>
  );
}

function DeleteDialog({ subscription, onClose }: { subscription: Subscription; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteWebhookSubscription();
  const [failed, setFailed] = useState<string | null>(null);
  const errorText = useErrorText();
  return (
    <Dialog title={t('webhooks.delete.title')} onClose={onClose}>
      <p>{t('webhooks.delete.text', { url: subscription.url })}</p>
      <div aria-live="assertive">{failed ? <Alert tone="error">{failed}</Alert> : null}</div>
      <div className="button-row">
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(subscription.id, { onSuccess: onClose, onError: (e) => setFailed(errorText(e)) })}>
          {t('webhooks.delete.confirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('webhooks.delete.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}

function NewSubscription() {
  const { t } = useTranslation();
  const create = useCreateWebhookSubscription();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [events, setEvents] = useState<IntegrationEventType[]>([]);
  const [errors, setErrors] = useState<{ url?: string; events?: string }>({});
  const [failed, setFailed] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const errorText = useErrorText();

  const toggle = (e: IntegrationEventType) => setEvents((list) => (list.includes(e) ? list.filter((x) => x !== e) : [...list, e]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailed(null);
    const found: typeof errors = {};
    if (!/^https?:\/\/\S+$/i.test(url.trim())) found.url = t('fieldErrors.not_a_web_address');
    if (events.length === 0) found.events = t('webhooks.add.chooseEvents');
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      { url: url.trim(), events: INTEGRATION_EVENT_TYPES.filter((e) => events.includes(e)), description: description.trim() || undefined },
      {
        onSuccess: (made) => {
          setSecret(made.secret);
          setUrl('');
          setDescription('');
          setEvents([]);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 400) {
            const codes = error.fieldCodes;
            setErrors({ url: codes['url'] ? t(fieldErrorKey(codes['url'])) : undefined, events: Object.keys(codes).some((f) => f.startsWith('events')) ? t('webhooks.add.chooseEvents') : undefined });
            setFailed(t('webhooks.add.refused'));
          } else setFailed(errorText(error));
        },
      },
    );
  };

  return (
    <section aria-labelledby="webhooks-toevoegen" className="lk-panel webhooks-admin__section">
      <h2 id="webhooks-toevoegen">{t('webhooks.add.title')}</h2>
      {secret ? <SecretOnce secret={secret} onDone={() => setSecret(null)} /> : null}
      <form onSubmit={onSubmit} noValidate className="webhooks-admin__form">
        <TextField label={t('webhooks.add.url')} hint={t('webhooks.add.urlHint')} error={errors.url} value={url} onChange={(e) => setUrl(e.target.value)} type="url" inputMode="url" autoComplete="off" />
        <fieldset className="webhooks-admin__events" aria-describedby={errors.events ? 'webhooks-events-fout' : undefined}>
          <legend className="lk-field__label">{t('webhooks.add.events')}</legend>
          {errors.events ? (
            <span className="lk-field__error" id="webhooks-events-fout">
              {errors.events}
            </span>
          ) : null}
          {INTEGRATION_EVENT_TYPES.map((e) => (
            <div key={e} className="webhooks-admin__event">
              <label className="lk-checkbox">
                <input type="checkbox" checked={events.includes(e)} onChange={() => toggle(e)} aria-describedby={`webhooks-uitleg-${e.replace('.', '-')}`} />
                {t(`webhooks.events.${e}.label`)}
              </label>
              <span className="lk-field__hint" id={`webhooks-uitleg-${e.replace('.', '-')}`}>
                {t(`webhooks.events.${e}.hint`)}
              </span>
            </div>
          ))}
        </fieldset>
        <TextField label={t('webhooks.add.description')} optionalLabel={t('webhooks.add.optional')} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} />
        <div aria-live="assertive">{failed ? <Alert tone="error">{failed}</Alert> : null}</div>
        <Button type="submit" busy={create.isPending}>
          {t('webhooks.add.submit')}
        </Button>
      </form>
    </section>
  );
}

function SecretOnce({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div ref={ref} tabIndex={-1} className="webhooks-admin__secret">
      <Alert tone="success" title={t('webhooks.secret.title')}>
        <p>{t('webhooks.secret.text')}</p>
        <TextField label={t('webhooks.secret.label')} value={secret} readOnly onFocus={(e) => e.target.select()} className="webhooks-admin__secret-field" />
        <div className="button-row">
          <Button
            variant="secondary"
            onClick={() => {
              void navigator.clipboard?.writeText(secret).then(() => setCopied(true), () => setCopied(false));
            }}
          >
            {t('webhooks.secret.copy')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('webhooks.secret.done')}
          </Button>
        </div>
        <p role="status">{copied ? t('webhooks.secret.copied') : ''}</p>
      </Alert>
    </div>
  );
}

/** Date and time from a `datetime-local` field (the browser's time zone) as ISO 8601, or null. */
function isoFromLocal(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function ReplayRange({ items }: { items: Subscription[] }) {
  const { t } = useTranslation();
  const replay = useReplayWebhookRange();
  const [subscription, setSubscription] = useState(items[0]?.id ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [result, setResult] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const errorText = useErrorText();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    setFailed(null);
    const f = isoFromLocal(from);
    const u = isoFromLocal(to);
    const found: typeof errors = {};
    if (!f) found.from = t('fieldErrors.not_a_real_date_time');
    if (!u) found.to = t('fieldErrors.not_a_real_date_time');
    else if (f && u <= f) found.to = t('webhooks.replay.toAfterFrom');
    setErrors(found);
    if (Object.keys(found).length || !f || !u) return;
    replay.mutate(
      { id: subscription, from: f, to: u },
      {
        onSuccess: (r) => setResult(t('webhooks.replay.done', { count: r.replayed })),
        onError: (error) => {
          if (isApiError(error) && error.status === 400) {
            const codes = error.fieldCodes;
            setErrors({ from: codes['from'] ? t(fieldErrorKey(codes['from'])) : undefined, to: codes['to'] ? t(fieldErrorKey(codes['to'])) : undefined });
          } else setFailed(errorText(error));
        },
      },
    );
  };
  return (
    <section aria-labelledby="webhooks-periode" className="lk-panel webhooks-admin__section">
      <h2 id="webhooks-periode">{t('webhooks.replay.title')}</h2>
      <p>{t('webhooks.replay.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="webhooks-admin__form webhooks-admin__inline">
        <SelectField label={t('webhooks.replay.subscription')} value={subscription} onChange={(e) => setSubscription(e.target.value)} options={items.map((s) => ({ value: s.id, label: s.description ? `${s.description} — ${s.url}` : s.url }))} />
        <TextField label={t('webhooks.replay.from')} type="datetime-local" value={from} onChange={(e) => setFrom(e.target.value)} error={errors.from} />
        <TextField label={t('webhooks.replay.to')} type="datetime-local" value={to} onChange={(e) => setTo(e.target.value)} error={errors.to} />
        <Button type="submit" busy={replay.isPending}>
          {t('webhooks.replay.submit')}
        </Button>
      </form>
      <div role="status">{result ? <Alert tone="success">{result}</Alert> : null}</div>
      <div aria-live="assertive">{failed ? <Alert tone="error">{failed}</Alert> : null}</div>
    </section>
  );
}

function DeliveryLog({ items }: { items: Subscription[] }) {
  const { t } = useTranslation();
  const [subscription, setSubscription] = useState('');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const log = useWebhookDeliveries({ subscription: subscription || undefined, status: status || undefined });
  const replay = useReplayWebhookDelivery();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const errorText = useErrorText();
  const urls = new Map(items.map((s) => [s.id, s.description ?? s.url]));
  const deliveries: Delivery[] = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="webhooks-logboek" className="lk-panel webhooks-admin__section">
      <h2 id="webhooks-logboek">{t('webhooks.log.title')}</h2>
      <div className="webhooks-admin__inline">
        <SelectField
          label={t('webhooks.log.subscription')}
          value={subscription}
          onChange={(e) => setSubscription(e.target.value)}
          options={[{ value: '', label: t('webhooks.log.all') }, ...items.map((s) => ({ value: s.id, label: s.description ? `${s.description} — ${s.url}` : s.url }))]}
        />
        <SelectField
          label={t('webhooks.log.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')}
          options={[{ value: '', label: t('webhooks.log.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`webhooks.status.${s}`) }))]}
        />
      </div>
      <div role="status">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      {log.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : log.isError ? (
        <LoadError offline={isApiError(log.error) && log.error.status === 0} onRetry={() => void log.refetch()} />
      ) : deliveries.length === 0 ? (
        <EmptyState>
          <p>{t('webhooks.log.empty')}</p>
        </EmptyState>
      ) : (
        <div className="webhooks-admin__scroll">
          <table className="lk-table webhooks-admin__log">
            <caption className="lk-visually-hidden">{t('webhooks.log.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.log.made')}</th>
                <th scope="col">{t('webhooks.log.event')}</th>
                <th scope="col">{t('webhooks.log.receiver')}</th>
                <th scope="col">{t('webhooks.log.status')}</th>
                <th scope="col">{t('webhooks.log.answer')}</th>
                <th scope="col">{t('webhooks.log.next')}</th>
                <th scope="col">{t('webhooks.log.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Moment at={d.createdAt} />
                  </td>
                  <td>
                    {t(`webhooks.events.${d.eventType}.label`)}
                    {d.replayOf ? <span className="muted"> ({t('webhooks.log.replay')})</span> : null}
                  </td>
                  <td className="webhooks-admin__url">{urls.get(d.subscriptionId) ?? d.subscriptionId}</td>
                  <td>
                    <Badge tone={STATUS_TONE[d.status]}>{t(`webhooks.status.${d.status}`)}</Badge>
                  </td>
                  <td>
                    {d.attempts === 0 ? (
                      <span className="muted">{t('webhooks.log.notTried')}</span>
                    ) : (
                      <>
                        {d.lastStatusCode !== null ? t('webhooks.log.code', { code: d.lastStatusCode }) : d.lastError}
                        <span className="muted"> · {t('webhooks.log.duration', { ms: d.lastDurationMs ?? 0 })}</span>
                        <br />
                        <span className="muted">{t('webhooks.log.attempts', { count: d.attempts })}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <Moment at={d.nextAttemptAt} />
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      busy={replay.isPending && replay.variables === d.id}
                      aria-label={t('webhooks.log.replayOne', { event: t(`webhooks.events.${d.eventType}.label`) })}
                      onClick={() => {
                        setMessage(null);
                        replay.mutate(d.id, { onSuccess: () => setMessage({ tone: 'success', text: t('webhooks.log.replayed') }), onError: (e) => setMessage({ tone: 'error', text: errorText(e) }) });
                      }}
                    >
                      {t('webhooks.log.replayButton')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage ? (
        <Button variant="secondary" busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {t('webhooks.log.more')}
        </Button>
      ) : null}
    </section>
  );
}
