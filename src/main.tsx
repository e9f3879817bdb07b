/**
 * Start-up: read config.json, start the in-browser API mock only when the configuration asks
 * for it (a dynamic import, so the mock is never loaded otherwise), then render the app, or the
 * page that explains what is wrong with config.json (also loaded only then).
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { loadConfig } from './config/config';
import { createAppI18n } from './app/i18n/namespaces';
import { loadLazyTexts, storedLanguage, syncHtmlLang } from './i18n';
// Plain global CSS is a side-effect import by nature.
// oxlint-disable-next-line import/no-unassigned-import
import './app/app.css';

async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  const i18n = createAppI18n(storedLanguage());
  syncHtmlLang(i18n);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

  const result = await loadConfig();
  if (!result.ok) {
    // Fetched only when needed: a working installation never loads the error page or its texts.
    const [{ ConfigErrorPage }] = await Promise.all([import('./config/ConfigErrorPage'), loadLazyTexts(i18n, ['config'])]);
    render(
      <I18nextProvider i18n={i18n}>
        <ConfigErrorPage problem={result.problem} errors={result.errors} environment={result.environment} />
      </I18nextProvider>,
    );
    return;
  }
  const { config } = result;
  if (config.mock.enabled) {
    const { startBrowserMock } = await import('../mocks/browser');
    await startBrowserMock({ apiBaseUrl: config.apiBaseUrl, issuer: config.oidc.authority });
  }
  render(<App config={config} i18n={i18n} />);
}

void start();
