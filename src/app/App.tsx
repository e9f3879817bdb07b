/**
 * The whole app for one loaded configuration. The auth client and i18n instance can be handed
 * in (tests); by default they are created from the configuration.
 */
import { useEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { AuthClientProvider } from '../auth/AuthClientContext';
import { createAuthClient, type AuthClient } from '../auth/authClient';
import type { AppConfig } from '../config/config';
import { ConfigProvider } from '../config/ConfigContext';
import { loadLazyTexts, storedLanguage, syncHtmlLang } from '../i18n';
import { createAppI18n } from './i18n/namespaces';
import { createAppRoutes } from './routes';

export interface AppProps {
  config: AppConfig;
  authClient?: AuthClient;
  i18n?: I18n;
}

export function App({ config, authClient, i18n }: AppProps) {
  const [client] = useState(() => authClient ?? createAuthClient(config));
  const [i18nInstance] = useState(() => i18n ?? createAppI18n(storedLanguage()));
  const [router] = useState(() => createBrowserRouter(createAppRoutes((namespaces) => loadLazyTexts(i18nInstance, namespaces))));
  useEffect(() => syncHtmlLang(i18nInstance), [i18nInstance]);
  return (
    <ConfigProvider value={config}>
      <I18nextProvider i18n={i18nInstance}>
        <AuthClientProvider value={client}>
          <RouterProvider router={router} />
        </AuthClientProvider>
      </I18nextProvider>
    </ConfigProvider>
  );
}
