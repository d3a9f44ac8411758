import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/i18n';
import { LanguageSwitch } from './layout';

/** The language switch wired to i18next (see `setupI18n`). Text: `app.languageSwitch`. */
export function LanguageChoice() {
  const { t, i18n } = useTranslation();
  return (
    <LanguageSwitch
      label={t('app.languageSwitch')}
      languages={LANGUAGES}
      current={i18n.resolvedLanguage ?? i18n.language}
      onChange={(code) => void i18n.changeLanguage(code)}
    />
  );
}
