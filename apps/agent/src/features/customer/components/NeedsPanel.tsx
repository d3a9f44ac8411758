import { DescriptionList, languageName, Panel } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@loket/web/api-client';

/** What this customer needs from us (R2): interpreter, digital skill, vulnerability, channel. */
export function NeedsPanel({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const language = languageName(customer.language, i18n.language);
  const notRecorded = <span className="muted">{t('customer.needs.unknown')}</span>;

  return (
    <Panel title={t('customer.needs.title')}>
      {customer.interpreterNeeded ? (
        <p className="needs-highlight">
          <svg className="needs-highlight__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
            <circle cx="12" cy="12" r="10" fill="currentColor" />
            <path d="M11 10h2v7h-2zM11 6.5h2v2h-2z" fill="#fff" />
          </svg>
          {t('customer.needs.interpreter', { language })}
        </p>
      ) : null}
      <DescriptionList
        items={[
          ...(!customer.interpreterNeeded ? [{ term: t('customer.needs.language'), description: language }] : []),
          {
            term: t('customer.needs.digitalSkill'),
            description: customer.digitalSkill ? t(`labels.digitalSkill.${customer.digitalSkill}`) : notRecorded,
          },
          {
            term: t('customer.needs.vulnerabilities'),
            description:
              customer.vulnerabilities.length > 0
                ? customer.vulnerabilities.map((v) => t(`labels.vulnerability.${v}`)).join(', ')
                : notRecorded,
          },
          {
            term: t('customer.needs.attitude'),
            description: customer.attitude ? t(`labels.attitude.${customer.attitude}`) : notRecorded,
          },
          {
            term: t('customer.needs.preferredChannel'),
            description: customer.preferredChannel ? t(`labels.channel.${customer.preferredChannel}`) : notRecorded,
          },
        ]}
      />
    </Panel>
  );
}
