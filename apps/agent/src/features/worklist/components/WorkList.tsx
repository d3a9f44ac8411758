import { useSlaCalendar } from '@loket/web/api-client';
import { Badge, Button, DueMoment, formatDateTime, intlLocale, SafetyFlag, useNow, VisuallyHidden, type Tone } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { callbackPath } from '../../callbacks';
import type { WorkItem, WorkKind } from '../api/types';

/** Where a row leads: the callback, or the question on its customer's page. */
export function workItemPath(item: WorkItem): string {
  if (item.kind === 'callback' && item.callbackId) return callbackPath(item.callbackId);
  return `/klanten/${encodeURIComponent(item.customer.id)}/vragen/${encodeURIComponent(item.caseId)}`;
}

const KIND_TONES: Record<WorkKind, Tone> = { case: 'neutral', callback: 'info', follow_up: 'warning' };

interface WorkListProps {
  items: readonly WorkItem[];
  /** The team queue: each row gets "Oppakken". */
  onClaim?: (item: WorkItem) => void;
  /** The row being claimed right now. */
  claimingId?: string | null;
  /** "Doorgezet door mij": when and to whom. */
  showForwarded?: boolean;
}

/**
 * Work in the order the API gives it (the next due moment first): the question or callback, the
 * customer with the safety warning, the due moment in its risk colour, and who has it now.
 */
export function WorkList({ items, onClaim, claimingId, showForwarded = false }: WorkListProps) {
  const { t, i18n } = useTranslation();
  const calendar = useSlaCalendar();
  const now = useNow();
  const locale = intlLocale(i18n.language);
  return (
    <ul className="callback-list work-list">
      {items.map((item) => (
        <li key={item.id} className="callback-item work-item" data-kind={item.kind}>
          <div className="callback-item__title">
            <Badge tone={KIND_TONES[item.kind]}>{t(`worklist.kinds.${item.kind}`)}</Badge>
            <Link to={workItemPath(item)} className="work-item__subject">
              {item.subject}
            </Link>
          </div>
          <p className="work-item__customer">
            <Link to={`/klanten/${encodeURIComponent(item.customer.id)}`}>{item.customer.fullName}</Link>{' '}
            <SafetyFlag codes={item.customer.safetyMarkers} />{' '}
            <span className="work-item__number">{t('worklist.customerNumber', { number: item.customer.customerNumber })}</span>
          </p>
          <dl className="case-item__facts">
            <div>
              <dt>{t('worklist.due')}</dt>
              <dd>
                {item.dueTarget ? <span className="work-item__target">{t(`worklist.targets.${item.dueTarget}`)}: </span> : null}
                <DueMoment clock={{ dueAt: item.dueAt, state: item.clockState }} now={now} calendar={calendar.data ?? null} />
              </dd>
            </div>
            <div>
              <dt>{t('worklist.topic')}</dt>
              <dd>{item.topic.name}</dd>
            </div>
            <div>
              <dt>{t('worklist.channel')}</dt>
              <dd>{t(`labels.channel.${item.channel}`)}</dd>
            </div>
            <div>
              <dt>{t('worklist.status')}</dt>
              <dd>{t(`worklist.statuses.${item.status}`)}</dd>
            </div>
            <div>
              <dt>{t('worklist.handler')}</dt>
              <dd>
                {item.owner ? item.owner.displayName
                : item.team ? t('worklist.teamQueue', { team: item.team.name })
                : t('worklist.nobody')}
              </dd>
            </div>
            {item.location ? (
              <div>
                <dt>{t('worklist.location')}</dt>
                <dd>{item.location.name}</dd>
              </div>
            ) : null}
            {showForwarded || item.forwardedBy ? (
              <div>
                <dt>{t('worklist.forwarded')}</dt>
                <dd>
                  {item.forwardedAt
                    ? t('worklist.forwardedWhen', {
                        when: formatDateTime(item.forwardedAt, locale),
                        by: item.forwardedBy?.displayName ?? t('worklist.unknownPerson'),
                      })
                    : t('worklist.notForwarded')}
                </dd>
              </div>
            ) : null}
          </dl>
          {onClaim ? (
            <div className="button-row callback-item__actions">
              <Button variant="primary" busy={claimingId === item.id} onClick={() => onClaim(item)}>
                {t('worklist.claim')} <VisuallyHidden>{t('worklist.ofCustomer', { subject: item.subject, name: item.customer.fullName })}</VisuallyHidden>
              </Button>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
