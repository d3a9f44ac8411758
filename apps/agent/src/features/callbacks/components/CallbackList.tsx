import { Badge, Button, SafetyFlag, VisuallyHidden } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Callback } from '@loket/web/api-client';
import { attemptsText, CallbackDue, callbackPath, callerText, EscalationBadge, PhoneLink, useWindowText } from './parts';

interface CallbackListProps {
  callbacks: readonly Callback[];
  /** The team queue: each row gets "Oppakken". */
  onClaim?: (callback: Callback) => void;
  /** The callback being claimed right now. */
  claimingId?: string | null;
  /** Show who calls (the team lead board and the team queue); in "Voor mij" it is always me. */
  showCaller?: boolean;
}

/**
 * Callbacks, the first due on top: customer (to the customer page), number to dial, reason, the agreed
 * window, the due moment with its risk colour, escalation level and attempts.
 */
export function CallbackList({ callbacks, onClaim, claimingId, showCaller = true }: CallbackListProps) {
  const { t } = useTranslation();
  const windowText = useWindowText();
  const time = (iso: string) => new Date(iso).getTime();
  const sorted = [...callbacks].sort((a, b) => time(a.dueAt) - time(b.dueAt) || time(a.windowStart) - time(b.windowStart));
  return (
    <ul className="callback-list">
      {sorted.map((item) => (
        <li key={item.id} className={`callback-item callback-item--level-${item.escalationLevel}`}>
          <div className="callback-item__title">
            <Link to={`/klanten/${encodeURIComponent(item.customerId)}`} className="callback-item__customer">
              {item.customerName}
            </Link>
            <SafetyFlag codes={item.customer?.safetyMarkers} />
            <EscalationBadge level={item.escalationLevel} />
            {item.requestedByCustomer ? <Badge tone="info">{t('callbacks.viaPortal')}</Badge> : null}
          </div>
          <p className="callback-item__reason">{item.reason}</p>
          <dl className="case-item__facts callback-item__facts">
            <div>
              <dt>{t('callbacks.when')}</dt>
              <dd>{windowText(item)}</dd>
            </div>
            <div>
              <dt>{t('callbacks.due')}</dt>
              <dd>
                <CallbackDue callback={item} />
              </dd>
            </div>
            <div>
              <dt>{t('callbacks.phone')}</dt>
              <dd>
                <PhoneLink number={item.phoneNumber} />
              </dd>
            </div>
            <div>
              <dt>{t('callbacks.attempts')}</dt>
              <dd>{attemptsText(item.attemptCount, t)}</dd>
            </div>
            {showCaller ? (
              <div>
                <dt>{t('callbacks.caller')}</dt>
                <dd>{callerText(item, t)}</dd>
              </div>
            ) : null}
          </dl>
          <div className="button-row callback-item__actions">
            {onClaim ? (
              <Button variant="primary" busy={claimingId === item.id} onClick={() => onClaim(item)}>
                {t('callbacks.claim')}
                {' '}
                <VisuallyHidden>{t('callbacks.ofCustomer', { name: item.customerName })}</VisuallyHidden>
              </Button>
            ) : null}
            <Link to={callbackPath(item.id)} className="callback-item__open">
              {t('callbacks.open')}
              {' '}
              <VisuallyHidden>{t('callbacks.ofCustomer', { name: item.customerName })}</VisuallyHidden>
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
