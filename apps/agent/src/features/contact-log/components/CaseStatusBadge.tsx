import type { CaseStatus } from '@loket/shared/contracts';
import { Badge, type Tone } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';

const TONES: Record<CaseStatus, Tone> = { open: 'info', waiting_for_customer: 'warning', resolved: 'success', closed: 'neutral' };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`labels.caseStatus.${status}`)}</Badge>;
}
