import type { ExportFormat } from '@loket/shared/contracts';
import { isApiError, useCustomerExport, useEraseCustomer, useSessionUser, type Customer } from '@loket/web/api-client';
import { Alert, Button, Dialog, formatDateTime, intlLocale, Panel, TextField } from '@loket/web/ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Gegevens en privacy" on the customer page, for admins: export the whole file (AVG right of
 * access) and erase the customer (right to erasure) after typing their customer number.
 */
export function PrivacyActions({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const me = useSessionUser();
  const exporter = useCustomerExport(customer.id);
  const [format, setFormat] = useState<ExportFormat | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);
  const erasedRef = useRef<HTMLDivElement>(null);

  const roles = me.data?.roles;
  if (!Array.isArray(roles) || !roles.includes('admin')) return null;

  const download = (chosen: ExportFormat) => {
    setFormat(chosen);
    exporter.mutate(chosen);
  };

  return (
    <Panel title={t('privacy.title')} className="privacy-actions">
      <p>{t('privacy.intro')}</p>
      {customer.erasedAt ? (
        <Alert tone="info" title={t('privacy.erasedTitle')}>
          <p>{t('privacy.erasedOn', { when: formatDateTime(customer.erasedAt, intlLocale(i18n.language)) })}</p>
        </Alert>
      ) : null}
      <div className="privacy-actions__buttons">
        <Button variant="secondary" onClick={() => download('pdf')} busy={exporter.isPending && format === 'pdf'}>
          {t('privacy.exportPdf')}
        </Button>
        <Button variant="secondary" onClick={() => download('json')} busy={exporter.isPending && format === 'json'}>
          {t('privacy.exportJson')}
        </Button>
        {customer.erasedAt ? null : (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('privacy.erase')}
          </Button>
        )}
      </div>
      <div aria-live="polite">{exporter.isSuccess ? <p className="privacy-actions__status">{t('privacy.exported')}</p> : null}</div>
      {exporter.isError ? (
        <Alert tone="error" live="alert">
          {t('privacy.exportFailed')}
        </Alert>
      ) : null}
      {erased ? (
        <div ref={erasedRef} tabIndex={-1}>
          <Alert tone="success" live="status">
            {t('privacy.erasedDone')}
          </Alert>
        </div>
      ) : null}
      {confirming ? (
        <EraseDialog
          customer={customer}
          onClose={() => setConfirming(false)}
          onErased={() => {
            setConfirming(false);
            setErased(true);
            // The erase button is gone: the message takes the focus.
            setTimeout(() => erasedRef.current?.focus(), 0);
          }}
        />
      ) : null}
    </Panel>
  );
}

function EraseDialog({ customer, onClose, onErased }: { customer: Customer; onClose: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const erase = useEraseCustomer(customer.id);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim().toUpperCase() !== customer.customerNumber.toUpperCase()) {
      setError(t('privacy.dialog.mismatch', { number: customer.customerNumber }));
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    erase.mutate(
      { customerNumber: typed.trim() },
      {
        onSuccess: onErased,
        onError: (e) => {
          setError(isApiError(e) && e.fieldCodes['customerNumber'] ? t('privacy.dialog.mismatch', { number: customer.customerNumber }) : t('privacy.dialog.failed'));
          inputRef.current?.focus();
        },
      },
    );
  };

  return (
    <Dialog title={t('privacy.dialog.title', { name: customer.fullName })} onClose={onClose} initialFocus={inputRef}>
      <p>{t('privacy.dialog.intro')}</p>
      <ul>
        <li>{t('privacy.dialog.personal')}</li>
        <li>{t('privacy.dialog.texts')}</li>
        <li>{t('privacy.dialog.account')}</li>
        <li>{t('privacy.dialog.kept')}</li>
      </ul>
      <p>
        <strong>{t('privacy.dialog.final')}</strong>
      </p>
      <form onSubmit={submit} noValidate>
        <TextField
          ref={inputRef}
          label={t('privacy.dialog.label', { number: customer.customerNumber })}
          hint={t('privacy.dialog.hint')}
          error={error}
          value={typed}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTyped(event.target.value)}
        />
        <div className="lk-dialog__actions">
          <Button type="submit" variant="danger" busy={erase.isPending}>
            {erase.isPending ? t('privacy.dialog.busy') : t('privacy.dialog.confirm')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('privacy.dialog.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
