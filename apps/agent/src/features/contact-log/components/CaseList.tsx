import { Badge, firstResponseClock, resolutionClock } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Case } from '@loket/web/api-client';
import { CaseDue } from './CaseDue';
import { CaseStatusBadge } from './CaseStatusBadge';

/** R6: more than two contact moments for one question is a signal. */
const MAX_CONTACTS = 2;

/**
 * The customer's questions: subject, topic, status, owner, when the first response and the answer
 * are due, contact moments and first-contact resolution.
 */
export function CaseList({ cases, customerId }: { cases: readonly Case[]; customerId: string }) {
  const { t } = useTranslation();
  return (
    <ul className="case-list">
      {cases.map((item) => {
        const firstResponse = firstResponseClock(item);
        const resolution = resolutionClock(item);
        return (
          <li key={item.id} className="case-item">
            <div className="case-item__title">
              <Link to={`/klanten/${encodeURIComponent(customerId)}/vragen/${encodeURIComponent(item.id)}`}>{item.subject}</Link>
              <CaseStatusBadge status={item.status} />
            </div>
            <dl className="case-item__facts">
              <div>
                <dt>{t('cases.topic')}</dt>
                <dd>{item.topic.name}</dd>
              </div>
              <div>
                <dt>{t('cases.owner')}</dt>
                <dd>{item.owner?.displayName ?? t('cases.noOwner')}</dd>
              </div>
              {firstResponse.dueAt ? (
                <div>
                  <dt>{t('cases.firstResponseDue')}</dt>
                  <dd>
                    <CaseDue clock={firstResponse} />
                  </dd>
                </div>
              ) : null}
              {resolution.dueAt ? (
                <div>
                  <dt>{t('cases.due')}</dt>
                  <dd>
                    <CaseDue clock={resolution} />
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('cases.contacts')}</dt>
                <dd>
                  {t('cases.contactCount', { count: item.contactCount })}
                  {item.contactCount > MAX_CONTACTS ? (
                    <>
                      {' '}
                      <Badge tone="warning">{t('cases.tooManyContacts')}</Badge>
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('cases.firstContact')}</dt>
                <dd>
                  {item.resolvedInFirstContact === null
                    ? t('cases.notResolvedYet')
                    : item.resolvedInFirstContact
                      ? t('cases.firstContactYes')
                      : t('cases.firstContactNo')}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
