import { Alert, Button } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';

/** The end of an admin form: what is wrong (announced), what was saved, and the save button. */
export function FormOutcome({ invalid, problems, saved, busy, saveLabel }: { invalid: boolean; problems: string[]; saved: string | null; busy: boolean; saveLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div aria-live="assertive">
        {invalid || problems.length > 0 ? (
          <Alert tone="error" title={invalid ? t('slaAdmin.errors.summary') : undefined}>
            {problems.length > 0 ? (
              <ul>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </div>
      <div role="status" className="status-message">
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
      <Button type="submit" busy={busy}>
        {busy ? t('slaAdmin.saving') : saveLabel}
      </Button>
    </>
  );
}
