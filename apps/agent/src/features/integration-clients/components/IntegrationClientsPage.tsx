import type { IntegrationScope } from '@loket/shared/contracts';
import { isApiError, useIntegrationClients, useSessionUser, type Schemas } from '@loket/web/api-client';
import { Alert, Badge, Button, EmptyState, formatDateTime, intlLocale, Loading, LoadError, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClientFormDialog, RevokeDialog, RotateDialog, SecretDialog } from './IntegrationClientDialogs';

export const INTEGRATION_CLIENTS_PATH = '/beheer/koppelingen';

type IntegrationClient = Schemas['IntegrationClientDto'];
type WithSecret = Schemas['IntegrationClientWithSecretDto'];

/** Which dialog is open, for which client. */
type Open =
  | { kind: 'create' }
  | { kind: 'edit'; client: IntegrationClient }
  | { kind: 'rotate'; client: IntegrationClient }
  | { kind: 'revoke'; client: IntegrationClient }
  | { kind: 'secret'; client: WithSecret; reason: 'created' | 'rotated' }
  | null;

/**
 * "Koppelingen" (admins): the organization's integration clients (its ERP, contractors' systems).
 * Create one with its scopes, see its secret once, give it a new secret, change its scopes, revoke it.
 */
export function IntegrationClientsPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const clients = useIntegrationClients(isAdmin);
  const [open, setOpen] = useState<Open>(null);
  const [message, setMessage] = useState<string | null>(null);
  const createRef = useRef<HTMLButtonElement>(null);
  useDocumentTitle(t('integrationClients.title'), t('app.titleSuffix'));

  /** Closes a dialog whose opener may be gone (a revoked row has no buttons): the focus goes to "Nieuwe koppeling". */
  const closeTo = (next: Open = null, done?: string) => {
    setOpen(next);
    if (done) setMessage(done);
    if (!next) setTimeout(() => { if (!document.activeElement || document.activeElement === document.body) createRef.current?.focus(); }, 0);
  };

  return (
    <article aria-labelledby="koppelingen-titel" className="integration-clients">
      <h1 id="koppelingen-titel" ref={headingRef} tabIndex={-1}>
        {t('integrationClients.title')}
      </h1>
      {!isAdmin ? (
        <Alert tone="info" title={t('integrationClients.noAccess')}>
          <p>
            <Link to="/">{t('slaAdmin.noAccess.back')}</Link>
          </p>
        </Alert>
      ) : (
        <>
          <p className="sla-admin__lead">{t('integrationClients.intro')}</p>
          <div className="button-row">
            <Button ref={createRef} onClick={() => { setMessage(null); setOpen({ kind: 'create' }); }}>
              {t('integrationClients.create')}
            </Button>
          </div>
          <div role="status" className="status-message">
            {message ? <Alert tone="success">{message}</Alert> : null}
          </div>
          {clients.isPending ? (
            <Loading>{t('app.loading')}</Loading>
          ) : clients.isError ? (
            <LoadError offline={isApiError(clients.error) && clients.error.status === 0} onRetry={() => void clients.refetch()} />
          ) : clients.data.length === 0 ? (
            <EmptyState>{t('integrationClients.empty')}</EmptyState>
          ) : (
            <ClientsTable
              clients={clients.data}
              onEdit={(client) => { setMessage(null); setOpen({ kind: 'edit', client }); }}
              onRotate={(client) => { setMessage(null); setOpen({ kind: 'rotate', client }); }}
              onRevoke={(client) => { setMessage(null); setOpen({ kind: 'revoke', client }); }}
            />
          )}
        </>
      )}
      {open?.kind === 'create' ? (
        <ClientFormDialog onClose={() => closeTo()} onSaved={(client) => closeTo({ kind: 'secret', client: client as WithSecret, reason: 'created' })} />
      ) : null}
      {open?.kind === 'edit' ? (
        <ClientFormDialog client={open.client} onClose={() => closeTo()} onSaved={(client) => closeTo(null, t('integrationClients.saved', { name: client.name }))} />
      ) : null}
      {open?.kind === 'rotate' ? (
        <RotateDialog client={open.client} onClose={() => closeTo()} onRotated={(client) => closeTo({ kind: 'secret', client, reason: 'rotated' })} />
      ) : null}
      {open?.kind === 'revoke' ? (
        <RevokeDialog client={open.client} onClose={() => closeTo()} onRevoked={() => closeTo(null, t('integrationClients.revoked', { name: open.client.name }))} />
      ) : null}
      {open?.kind === 'secret' ? <SecretDialog client={open.client} reason={open.reason} onClose={() => closeTo()} /> : null}
    </article>
  );
}

function ClientsTable({ clients, onEdit, onRotate, onRevoke }: {
  clients: IntegrationClient[];
  onEdit: (client: IntegrationClient) => void;
  onRotate: (client: IntegrationClient) => void;
  onRevoke: (client: IntegrationClient) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <table className="lk-table integration-clients__table">
      <caption className="lk-visually-hidden">{t('integrationClients.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('integrationClients.name')}</th>
          <th scope="col">{t('integrationClients.clientId')}</th>
          <th scope="col">{t('integrationClients.scopes')}</th>
          <th scope="col">{t('integrationClients.lastUsed')}</th>
          <th scope="col">{t('integrationClients.status')}</th>
          <th scope="col">{t('integrationClients.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => {
          const revoked = client.status === 'revoked';
          return (
            <tr key={client.id} className={revoked ? 'integration-clients__revoked' : undefined}>
              <th scope="row">{client.name}</th>
              <td>
                <code>{client.clientId}</code>
              </td>
              <td>
                <ul className="integration-clients__scopes">
                  {client.scopes.map((scope) => (
                    <li key={scope}>{t(`integrationClients.scope.${scope as IntegrationScope}.label`)}</li>
                  ))}
                </ul>
              </td>
              <td>{client.lastUsedAt ? formatDateTime(client.lastUsedAt, locale) : t('integrationClients.neverUsed')}</td>
              <td>
                {revoked ? (
                  <Badge tone="neutral">{t('integrationClients.statusRevoked', { when: formatDateTime(client.revokedAt, locale) ?? '' })}</Badge>
                ) : (
                  <Badge tone="success">{t('integrationClients.statusActive')}</Badge>
                )}
              </td>
              <td>
                {revoked ? null : (
                  <div className="integration-clients__actions">
                    <Button variant="secondary" onClick={() => onEdit(client)} aria-label={t('integrationClients.editOne', { name: client.name })}>
                      {t('integrationClients.edit')}
                    </Button>
                    <Button variant="secondary" onClick={() => onRotate(client)} aria-label={t('integrationClients.rotateOne', { name: client.name })}>
                      {t('integrationClients.rotate')}
                    </Button>
                    <Button variant="danger" onClick={() => onRevoke(client)} aria-label={t('integrationClients.revokeOne', { name: client.name })}>
                      {t('integrationClients.revoke')}
                    </Button>
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
