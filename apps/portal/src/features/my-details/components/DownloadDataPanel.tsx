import type { ExportFormat } from '@loket/shared/contracts';
import { usePortalExport } from '@loket/web/api-client';
import { Alert, Button, Panel } from '@loket/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Mijn gegevens downloaden" (AVG: right of access and portability): everything we have of the
 * tenant as a readable PDF, or as a JSON file for another organization or program.
 */
export function DownloadDataPanel() {
  const { t } = useTranslation();
  const download = usePortalExport();
  const [format, setFormat] = useState<ExportFormat | null>(null);

  const start = (chosen: ExportFormat) => {
    setFormat(chosen);
    download.mutate(chosen);
  };

  return (
    <Panel title={t('myDetails.download.title')} className="download-panel">
      <p>{t('myDetails.download.intro')}</p>
      <ul className="download-panel__list">
        <li>{t('myDetails.download.contents')}</li>
        <li>{t('myDetails.download.notes')}</li>
      </ul>
      <div className="download-panel__actions">
        <Button onClick={() => start('pdf')} busy={download.isPending && format === 'pdf'}>
          {download.isPending && format === 'pdf' ? t('myDetails.download.busy') : t('myDetails.download.pdf')}
        </Button>
        <Button variant="secondary" onClick={() => start('json')} busy={download.isPending && format === 'json'}>
          {download.isPending && format === 'json' ? t('myDetails.download.busy') : t('myDetails.download.json')}
        </Button>
      </div>
      <p className="download-panel__hint">{t('myDetails.download.jsonHint')}</p>
      <div aria-live="polite">
        {download.isSuccess ? <Alert tone="success">{t('myDetails.download.done')}</Alert> : null}
      </div>
      {download.isError ? (
        <Alert tone="error" live="alert">
          {t('myDetails.download.failed')}
        </Alert>
      ) : null}
    </Panel>
  );
}
