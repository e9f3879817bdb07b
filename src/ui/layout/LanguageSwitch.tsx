import { useTranslation } from 'react-i18next';
import { currentLanguage, switchLanguage, type Language } from '../../i18n';

/**
 * One button naming the other language in that language ("In English" / "På svenska"), marked
 * with its lang so screen readers pronounce it right. No aria-label: the accessible name must
 * contain the visible text (WCAG 2.5.3 Label in Name), so voice-control users can say it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const target: Language = currentLanguage(i18n) === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={target}
      onClick={() => void switchLanguage(i18n, target)}
    >
      {t('language.switchTo')}
    </button>
  );
}
