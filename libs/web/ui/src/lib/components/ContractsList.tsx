import type { ContractStatus } from '@loket/shared/contracts';
import { useTranslation } from 'react-i18next';
import type { Contract } from '@loket/web/api-types';
import { formatAddressLines, formatDate, formatMoneyCents, intlLocale } from '../format/format';
import { Badge, EmptyState } from './feedback';
import { DescriptionList, Panel } from './layout';

const STATUS_ORDER: Record<ContractStatus, number> = { active: 0, future: 1, ended: 2 };
const STATUS_TONE = { active: 'success', future: 'info', ended: 'neutral' } as const;

/**
 * Rental contracts, current ones first: each home with its status, dates, rent, type and number.
 * Texts: the terms `contracts.*` come from this library; the app brings its own wording for
 * `contracts.title` (with `_one`/`_other` forms where it counts), `contracts.none`,
 * `contracts.unknown` and `labels.contractStatus.*`. With `showErpNumbers` (staff) the ERP's ids
 * (VERA idExtern) of the contract and the home are shown too.
 */
export function ContractsList({ contracts, showErpNumbers = false }: { contracts: readonly Contract[]; showErpNumbers?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const sorted = [...contracts].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.startDate.localeCompare(a.startDate),
  );

  return (
    <Panel title={t('contracts.title', { count: sorted.length })}>
      {sorted.length === 0 ? (
        <EmptyState>
          <p>{t('contracts.none')}</p>
        </EmptyState>
      ) : (
        <ul className="plain-list contract-list">
          {sorted.map((contract) => {
            const [street, city] = formatAddressLines(contract.unit.address);
            return (
              <li key={contract.id} className="contract">
                <h3 className="contract__address">
                  {street}
                  <span className="contract__city">{city}</span>
                </h3>
                <DescriptionList
                  items={[
                    {
                      term: t('contracts.status'),
                      description: <Badge tone={STATUS_TONE[contract.status]}>{t(`labels.contractStatus.${contract.status}`)}</Badge>,
                    },
                    { term: t('contracts.startDate'), description: formatDate(contract.startDate, locale) },
                    ...(contract.endDate ? [{ term: t('contracts.endDate'), description: formatDate(contract.endDate, locale) }] : []),
                    { term: t('contracts.rent'), description: formatMoneyCents(contract.rentCents, locale) ?? t('contracts.unknown') },
                    ...(contract.unit.unitType ? [{ term: t('contracts.unitType'), description: contract.unit.unitType }] : []),
                    ...(contract.role && ['HUU', 'MDH'].includes(contract.role) ? [{ term: t('contracts.role'), description: t(`contracts.roles.${contract.role as 'HUU' | 'MDH'}`) }] : []),
                    { term: t('contracts.contractNumber'), description: contract.contractNumber },
                    ...(showErpNumbers && contract.externalId ? [{ term: t('contracts.erpNumber'), description: contract.externalId }] : []),
                    ...(showErpNumbers && contract.unit.externalId ? [{ term: t('contracts.unitErpNumber'), description: contract.unit.externalId }] : []),
                  ]}
                />
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
