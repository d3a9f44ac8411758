import { isApiError, useSessionUser, type Case } from '@loket/web/api-client';
import { Alert, Button, DescriptionList, formatDateTime, intlLocale, Panel } from '@loket/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaimCase } from '../api/forward';
import { ForwardDialog } from './ForwardDialog';

interface CaseOwnershipProps {
  item: Case;
  /** A sentence for the page's status line after claiming or forwarding. */
  onDone: (message: string) => void;
}

/**
 * Who handles the question: its team and its handler, "Oppakken" while nobody has it, and
 * "Doorzetten" to hand it to another team or a colleague.
 */
export function CaseOwnership({ item, onDone }: CaseOwnershipProps) {
  const { t, i18n } = useTranslation();
  const me = useSessionUser();
  const claim = useClaimCase();
  const [forwarding, setForwarding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = item.status === 'open' || item.status === 'waiting_for_customer';
  const team = item.team;
  const mine = !!item.owner && item.owner.id === me.data?.id;

  const onClaim = () => {
    setError(null);
    claim.mutate(item.id, {
      onSuccess: () => onDone(t('forward.claimed')),
      onError: (failure) => setError(isApiError(failure) && failure.status === 409 ? t('forward.errors.claimConflict') : t('app.genericError')),
    });
  };

  return (
    <Panel title={t('forward.ownershipTitle')} className="case-ownership">
      <DescriptionList
        items={[
          { key: 'team', term: t('forward.teamTerm'), description: team?.name ?? t('forward.noTeam') },
          {
            key: 'owner',
            term: t('forward.ownerTerm'),
            description:
              item.owner ? (mine ? t('forward.ownerMe', { name: item.owner.displayName }) : item.owner.displayName)
              : team ? t('forward.inQueue', { team: team.name })
              : t('forward.noOwner'),
          },
          ...(item.forwardedBy && item.forwardedAt
            ? [{
                key: 'forwarded',
                term: t('forward.forwardedTerm'),
                description: t('forward.forwardedBy', { name: item.forwardedBy.displayName, when: formatDateTime(item.forwardedAt, intlLocale(i18n.language)) }),
              }]
            : []),
        ]}
      />
      <div aria-live="assertive">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      {active ? (
        <div className="button-row case-actions">
          {!item.owner ? (
            <Button busy={claim.isPending} onClick={onClaim}>
              {t('forward.claim')}
            </Button>
          ) : null}
          <Button variant="secondary" onClick={() => setForwarding(true)}>
            {t('forward.open')}
          </Button>
        </div>
      ) : null}
      {forwarding ? (
        <ForwardDialog
          item={item}
          onClose={() => setForwarding(false)}
          onDone={(message) => {
            setForwarding(false);
            onDone(message);
          }}
        />
      ) : null}
    </Panel>
  );
}
