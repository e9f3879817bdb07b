import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading';
import { PublicLayout } from '../ui/layout/PublicLayout';
import type { Environment } from './configSchema';
import type { ConfigFieldError } from './configErrors';
import type { ConfigProblem } from './loadConfig';

/**
 * Shown instead of the app when config.json is missing or wrong. Written for the administrator:
 * each bad field by its path in the file, with what is wrong in plain Swedish.
 */
export function ConfigErrorPage(props: { problem: ConfigProblem; errors: ConfigFieldError[]; environment?: Environment | undefined }) {
  const { t } = useTranslation('config');
  return (
    <PublicLayout environment={props.environment}>
      <div className="notice notice--error">
        <PageHeading focusOnMount>{t('title')}</PageHeading>
        <p>{t('intro')}</p>
      </div>
      <h2>{t(`problem.${props.problem}`)}</h2>
      <ul className="config-errors">
        {props.errors.map((error) => (
          <li key={`${error.field}:${error.message}`}>
            <code lang="en">{error.field}</code>: <span lang="sv">{error.message}</span>
          </li>
        ))}
      </ul>
      <p>{t('whatToDo')}</p>
      <p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </p>
    </PublicLayout>
  );
}
