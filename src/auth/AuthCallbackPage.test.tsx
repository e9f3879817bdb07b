import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorResponse } from 'oidc-client-ts';
import { createBrowserRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { routePatterns } from '../routes/paths';
import { AuthCallbackPage } from './AuthCallbackPage';
import { recordSignInAttempt } from './signInAttempt';
import { renderAuthRouter } from './testing/renderAuthRouter';
import { fakeAuthClient, oidcUserFor, type FakeAuthClient } from './testing/fakeAuthClient';

/** Uses the real browser history of jsdom, so we can check what stays in the address bar and history. */
function renderCallback(client: FakeAuthClient, url: string) {
  window.history.replaceState(null, '', url);
  const router = createBrowserRouter([
    { path: routePatterns.authCallback, element: <AuthCallbackPage /> },
    { path: '*', element: <p>Appen</p> },
  ]);
  renderAuthRouter(client, router);
  return router;
}

afterEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('AuthCallbackPage', () => {
  it('completes sign-in once and replaces the URL with returnTo: no code or state left in the address bar or history', async () => {
    const client = fakeAuthClient(null);
    client.signinRedirectCallback.mockResolvedValue(oidcUserFor('anna', { state: { returnTo: '/brevlada/a/inkorg?sida=2' } }));
    const historyLength = window.history.length;

    renderCallback(client, '/auth/callback?code=secret-code&state=abc123');

    expect(await screen.findByText('Appen')).toBeInTheDocument();
    expect(client.signinRedirectCallback).toHaveBeenCalledTimes(1);
    expect(client.signinRedirectCallback).toHaveBeenCalledWith(`${window.location.origin}/auth/callback?code=secret-code&state=abc123`);
    expect(window.location.pathname).toBe('/brevlada/a/inkorg');
    expect(window.location.search).toBe('?sida=2');
    expect(window.location.href).not.toMatch(/code=|state=/);
    // Replaced, not pushed: Back cannot return to the callback URL with the code.
    expect(window.history.length).toBe(historyLength);
  });

  it('never follows a returnTo that leaves the app', async () => {
    const client = fakeAuthClient(null);
    client.signinRedirectCallback.mockResolvedValue(oidcUserFor('anna', { state: { returnTo: '//evil.example/x' } }));
    const appOrigin = window.location.origin;
    renderCallback(client, '/auth/callback?code=c&state=s');
    await screen.findByText('Appen');
    expect(window.location.pathname).toBe('/');
    expect(window.location.origin).toBe(appOrigin);
  });

  it('shows one clear error page when the IdP answers access_denied, with the URL cleaned, and retries once on request', async () => {
    recordSignInAttempt({ returnTo: '/brevlada/a/skickat', loginHint: 'erik' });
    const client = fakeAuthClient(null);
    client.signinRedirectCallback.mockRejectedValue(
      new ErrorResponse({ error: 'access_denied', error_description: 'End-User aborted interaction' }),
    );
    renderCallback(client, '/auth/callback?error=access_denied&state=abc123');

    expect(await screen.findByRole('heading', { name: 'Inloggningen misslyckades' })).toBeInTheDocument();
    expect(screen.getByText(/avbröts eller nekades/)).toBeInTheDocument();
    expect(screen.getByText(/End-User aborted interaction/)).not.toBeVisible();
    expect(window.location.search).toBe('');
    expect(client.signinRedirect).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
    expect(client.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/brevlada/a/skickat' }, login_hint: 'erik' });
  });

  it('explains a callback that cannot be processed (e.g. state from another tab)', async () => {
    const client = fakeAuthClient(null);
    client.signinRedirectCallback.mockRejectedValue(new Error('No matching state found in storage'));
    renderCallback(client, '/auth/callback?code=c&state=unknown');
    expect(await screen.findByText(/kunde inte tas emot/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { name: 'Inloggningen misslyckades' })).toHaveLength(1);
  });

  it('sends a visitor without callback parameters to the start page', async () => {
    const client = fakeAuthClient(null);
    renderCallback(client, '/auth/callback');
    expect(await screen.findByText('Appen')).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    expect(client.signinRedirectCallback).not.toHaveBeenCalled();
  });
});
