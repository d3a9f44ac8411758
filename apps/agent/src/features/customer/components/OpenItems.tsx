import { EmptyState, Panel } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { Case, CustomerOverview } from '@loket/web/api-client';
import { OpenCallbacks } from '../../callbacks';
import { CaseList } from '../../contact-log';

/**
 * What is going on (R1): open questions and callbacks (who calls, and when). The contacts are in
 * the customer's file (the time line) below, once: not again here.
 */
export function OpenItems({ overview }: { overview: CustomerOverview }) {
  const { t } = useTranslation();
  const openCases = overview.openCases as Case[];
  const empty = (text: string) => (
    <EmptyState>
      <p>{text}</p>
    </EmptyState>
  );
  return (
    <>
      <Panel title={t('customer.openCases.title')}>
        {openCases.length === 0 ? empty(t('customer.openCases.empty')) : <CaseList cases={openCases} customerId={overview.customer.id} />}
      </Panel>
      <Panel title={t('customer.openCallbacks.title')}>
        {overview.openCallbacks.length === 0 ? empty(t('customer.openCallbacks.empty')) : <OpenCallbacks callbacks={overview.openCallbacks} />}
      </Panel>
    </>
  );
}
