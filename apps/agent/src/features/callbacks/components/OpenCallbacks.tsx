import { VisuallyHidden } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Callback } from '@loket/web/api-client';
import { CallbackDue, callbackPath, callerText, EscalationBadge, PhoneLink, useWindowText } from './parts';

/** The customer's open callbacks on the customer page: who calls, when, and about what. */
export function OpenCallbacks({ callbacks }: { callbacks: readonly Callback[] }) {
  const { t } = useTranslation();
  const windowText = useWindowText();
  const sorted = [...callbacks].sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
  return (
    <ul className="case-list open-callbacks">
      {sorted.map((item) => (
        <li key={item.id} className="case-item open-callbacks__item">
          <p className="case-item__title">
            <span>{t('callbacks.whoWhen', { who: callerText(item, t), when: windowText(item) })}</span>
            <EscalationBadge level={item.escalationLevel} />
          </p>
          <p className="open-callbacks__reason">{item.reason}</p>
          <dl className="case-item__facts">
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
          </dl>
          <Link to={callbackPath(item.id)}>
            {t('callbacks.open')}
            {' '}
            <VisuallyHidden>{t('callbacks.ofReason', { reason: item.reason })}</VisuallyHidden>
          </Link>
        </li>
      ))}
    </ul>
  );
}
