import { INTEGRATION_SCOPES, type IntegrationScope } from '@loket/shared/contracts';
import {
  isApiError, useCreateIntegrationClient, useRevokeIntegrationClient, useRotateIntegrationClient, useUpdateIntegrationClient, type Schemas,
} from '@loket/web/api-client';
import { Alert, Button, Dialog, fieldErrorKey, TextField } from '@loket/web/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

type IntegrationClient = Schemas['IntegrationClientDto'];
type WithSecret = Schemas['IntegrationClientWithSecretDto'];

/** The message for a failure that is not about a field. */
function failure(t: (key: 'app.networkError' | 'app.genericError') => string, error: unknown): string {
  return isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError');
}

/** A new client (no `client`) or a change to an existing one: its name and scopes, each scope explained. */
export function ClientFormDialog({ client, onClose, onSaved }: { client?: IntegrationClient; onClose: () => void; onSaved: (client: IntegrationClient | WithSecret) => void }) {
  const { t } = useTranslation();
  const create = useCreateIntegrationClient();
  const update = useUpdateIntegrationClient();
  const [name, setName] = useState(client?.name ?? '');
  const [scopes, setScopes] = useState<Set<IntegrationScope>>(new Set(client?.scopes ?? []));
  const [errors, setErrors] = useState<{ name?: string; scopes?: string; form?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const firstScopeRef = useRef<HTMLInputElement>(null);
  const scopesId = useId().replace(/:/g, '');
  const busy = create.isPending || update.isPending;

  const toggle = (scope: IntegrationScope) =>
    setScopes((now) => {
      const next = new Set(now);
      if (next.has(scope)) next.delete(scope);
      else next.add(scope);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!name.trim()) found.name = t('integrationClients.form.nameRequired');
    if (scopes.size === 0) found.scopes = t('integrationClients.form.scopesRequired');
    setErrors(found);
    if (found.name) return nameRef.current?.focus();
    if (found.scopes) return firstScopeRef.current?.focus();
    const body = { name: name.trim(), scopes: INTEGRATION_SCOPES.filter((s) => scopes.has(s)) };
    const onError = (error: unknown) => {
      if (isApiError(error) && error.status === 400) {
        const codes = error.fieldCodes;
        setErrors({
          name: codes['name'] ? t(fieldErrorKey(codes['name'])) : undefined,
          scopes: codes['scopes'] ? t(fieldErrorKey(codes['scopes'])) : undefined,
        });
      } else setErrors({ form: failure(t, error) });
    };
    if (client) update.mutate({ id: client.id, ...body }, { onSuccess: onSaved, onError });
    else create.mutate(body, { onSuccess: onSaved, onError });
  };

  return (
    <Dialog title={client ? t('integrationClients.form.editTitle', { name: client.name }) : t('integrationClients.form.createTitle')} onClose={onClose} initialFocus={nameRef} className="integration-clients__dialog">
      <form onSubmit={submit} noValidate>
        <TextField
          ref={nameRef}
          label={t('integrationClients.form.name')}
          hint={t('integrationClients.form.nameHint')}
          error={errors.name}
          value={name}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <fieldset className="lk-fieldset" aria-describedby={`${scopesId}-hint${errors.scopes ? ` ${scopesId}-error` : ''}`}>
          <legend className="lk-fieldset__legend">{t('integrationClients.form.scopes')}</legend>
          <p className="lk-field__hint" id={`${scopesId}-hint`}>
            {t('integrationClients.form.scopesHint')}
          </p>
          {errors.scopes ? (
            <p className="lk-field__error" id={`${scopesId}-error`}>
              {errors.scopes}
            </p>
          ) : null}
          {INTEGRATION_SCOPES.map((scope, i) => (
            <div key={scope} className="integration-clients__scope">
              <input
                ref={i === 0 ? firstScopeRef : undefined}
                type="checkbox"
                id={`${scopesId}-${scope}`}
                checked={scopes.has(scope)}
                onChange={() => toggle(scope)}
                aria-describedby={`${scopesId}-${scope}-explained`}
              />
              <label htmlFor={`${scopesId}-${scope}`}>
                {t(`integrationClients.scope.${scope}.label`)} <code>{scope}</code>
              </label>
              <p id={`${scopesId}-${scope}-explained`} className="integration-clients__scope-explained">
                {t(`integrationClients.scope.${scope}.explained`)}
              </p>
            </div>
          ))}
        </fieldset>
        <div aria-live="assertive">{errors.form ? <Alert tone="error">{errors.form}</Alert> : null}</div>
        <div className="lk-dialog__actions">
          <Button type="submit" busy={busy}>
            {client ? t('integrationClients.form.save') : t('integrationClients.form.create')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('integrationClients.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** The secret of a new or rotated client, shown this once, with a copy button and a plain warning. */
export function SecretDialog({ client, reason, onClose }: { client: WithSecret; reason: 'created' | 'rotated'; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(client.clientSecret);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure page, a refused permission): the text is selected to copy by hand.
      secretRef.current?.select();
      setCopied('failed');
    }
  };
  return (
    <Dialog title={reason === 'created' ? t('integrationClients.secret.createdTitle', { name: client.name }) : t('integrationClients.secret.rotatedTitle', { name: client.name })} onClose={onClose} className="integration-clients__dialog">
      <Alert tone="warning" title={t('integrationClients.secret.warningTitle')}>
        <p>{t('integrationClients.secret.warning')}</p>
      </Alert>
      <TextField label={t('integrationClients.clientId')} value={client.clientId} readOnly spellCheck={false} onFocus={(e) => e.currentTarget.select()} className="integration-clients__secret" />
      <TextField
        ref={secretRef}
        label={t('integrationClients.secret.label')}
        value={client.clientSecret}
        readOnly
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        className="integration-clients__secret"
      />
      <div role="status" className="status-message">
        {copied === 'yes' ? <p>{t('integrationClients.secret.copied')}</p> : copied === 'failed' ? <p>{t('integrationClients.secret.copyFailed')}</p> : null}
      </div>
      <div className="lk-dialog__actions">
        <Button variant="secondary" onClick={() => void copy()}>
          {t('integrationClients.secret.copy')}
        </Button>
        <Button onClick={onClose}>{t('integrationClients.secret.done')}</Button>
      </div>
    </Dialog>
  );
}

/** Confirms a new secret; optionally the live tokens end at once too (a leaked secret). */
export function RotateDialog({ client, onClose, onRotated }: { client: IntegrationClient; onClose: () => void; onRotated: (client: WithSecret) => void }) {
  const { t } = useTranslation();
  const rotate = useRotateIntegrationClient();
  const [endTokens, setEndTokens] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId().replace(/:/g, '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    rotate.mutate({ id: client.id, endTokens }, { onSuccess: onRotated, onError: (e) => setError(failure(t, e)) });
  };
  return (
    <Dialog title={t('integrationClients.rotateDialog.title', { name: client.name })} onClose={onClose} initialFocus={cancelRef}>
      <p>{t('integrationClients.rotateDialog.intro')}</p>
      <ul>
        <li>{t('integrationClients.rotateDialog.oldSecret')}</li>
        <li>{t('integrationClients.rotateDialog.liveTokens')}</li>
      </ul>
      <form onSubmit={submit} noValidate>
        <div className="integration-clients__scope">
          <input type="checkbox" id={`${id}-end`} checked={endTokens} onChange={(e) => setEndTokens(e.target.checked)} aria-describedby={`${id}-end-explained`} />
          <label htmlFor={`${id}-end`}>{t('integrationClients.rotateDialog.endTokens')}</label>
          <p id={`${id}-end-explained`} className="integration-clients__scope-explained">
            {t('integrationClients.rotateDialog.endTokensExplained')}
          </p>
        </div>
        <div aria-live="assertive">{error ? <Alert tone="error">{error}</Alert> : null}</div>
        <div className="lk-dialog__actions">
          <Button type="submit" busy={rotate.isPending}>
            {t('integrationClients.rotateDialog.confirm')}
          </Button>
          <Button ref={cancelRef} variant="secondary" onClick={onClose}>
            {t('integrationClients.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Revoking is final: the admin types the client's name to confirm. */
export function RevokeDialog({ client, onClose, onRevoked }: { client: IntegrationClient; onClose: () => void; onRevoked: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeIntegrationClient();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== client.name.trim()) {
      setError(t('integrationClients.revokeDialog.mismatch', { name: client.name }));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    revoke.mutate(client.id, {
      onSuccess: onRevoked,
      onError: (e) => {
        setError(failure(t, e));
        inputRef.current?.focus();
      },
    });
  };
  return (
    <Dialog title={t('integrationClients.revokeDialog.title', { name: client.name })} onClose={onClose} initialFocus={inputRef}>
      <p>{t('integrationClients.revokeDialog.intro')}</p>
      <p>
        <strong>{t('integrationClients.revokeDialog.final')}</strong>
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          ref={inputRef}
          label={t('integrationClients.revokeDialog.label', { name: client.name })}
          error={error}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
        />
        <div className="lk-dialog__actions">
          <Button type="submit" variant="danger" busy={revoke.isPending}>
            {t('integrationClients.revokeDialog.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('integrationClients.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
