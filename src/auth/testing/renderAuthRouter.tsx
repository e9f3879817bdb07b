/** Renders a router with what the sign-in pages need around them: config, Swedish texts, an auth client. */
import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type createMemoryRouter } from 'react-router';
import { demoConfig } from '../../config/config';
import { ConfigProvider } from '../../config/ConfigContext';
import { createTestI18n } from '../../testing/allTexts';
import { AuthClientProvider } from '../AuthClientContext';
import type { FakeAuthClient } from './fakeAuthClient';

export function renderAuthRouter(client: FakeAuthClient, router: ReturnType<typeof createMemoryRouter>): void {
  render(
    <StrictMode>
      <ConfigProvider value={demoConfig}>
        <I18nextProvider i18n={createTestI18n('sv')}>
          <AuthClientProvider value={client}>
            <RouterProvider router={router} />
          </AuthClientProvider>
        </I18nextProvider>
      </ConfigProvider>
    </StrictMode>,
  );
}
