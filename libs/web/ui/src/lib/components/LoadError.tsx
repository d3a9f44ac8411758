import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Alert } from './feedback';

/**
 * Loading failed: says why in one sentence and offers to try again.
 * Texts: `app.networkError` and `app.genericError` (the app's own wording), `app.retry`.
 */
export function LoadError({ offline, onRetry }: { offline: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" live="alert">
      <p>{offline ? t('app.networkError') : t('app.genericError')}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('app.retry')}
      </Button>
    </Alert>
  );
}
