import { ACCESS_VIEWS, type AccessView } from '@loket/shared/contracts';
import { formatDateTime, intlLocale } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';

/** "Inzage door medewerkers": what one employee looked at; `?medewerker=<id>` in the URL. */
export const ACCESS_LOG_PATH = '/inzage';
export const employeeAccessPath = (userId: string) => `${ACCESS_LOG_PATH}?medewerker=${encodeURIComponent(userId)}`;

/** Where the data was shown, in words ("Klantbeeld", "Zoekresultaat"); a read this app does not know keeps its own name. */
export function useViewLabel() {
  const { t } = useTranslation();
  return (view: string) => ((ACCESS_VIEWS as readonly string[]).includes(view) ? t(`accessLog.views.${view as AccessView}`) : view);
}

/** The moment of a read, in Dutch time ("8 december 2026 om 09:05"), as a <time>. */
export function AccessMoment({ at }: { at: string }) {
  const { i18n } = useTranslation();
  return <time dateTime={at}>{formatDateTime(at, intlLocale(i18n.language))}</time>;
}
