import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AuthGate } from './AuthGate';
import { readSignInAttempt, recordSignInAttempt } from './signInAttempt';
import { renderAuthRouter } from './testing/renderAuthRouter';
import { fakeAuthClient, oidcUserFor, type FakeAuthClient } from './testing/fakeAuthClient';

function renderGate(client: FakeAuthClient, url = '/') {
  const router = createMemoryRouter(
    [{ path: '*', element: <AuthGate>{(user) => <p>Inloggad: {user.profile.sub}</p>}</AuthGate> }],
    { initialEntries: [url] },
  );
  renderAuthRouter(client, router);
}

afterEach(() => window.sessionStorage.clear());

describe('AuthGate', () => {
  it('lets a stored, unexpired user in without contacting the IdP (reload after sign-in)', async () => {
    const client = fakeAuthClient(oidcUserFor('anna'));
    renderGate(client);
    expect(await screen.findByText('Inloggad: anna')).toBeInTheDocument();
    expect(client.signinRedirect).not.toHaveBeenCalled();
    expect(client.signinSilent).not.toHaveBeenCalled();
  });

  it('renews an expired user once with the refresh token', async () => {
    const client = fakeAuthClient(oidcUserFor('anna', { expired: true }));
    client.signinSilent.mockResolvedValue(oidcUserFor('anna'));
    renderGate(client);
    expect(await screen.findByText('Inloggad: anna')).toBeInTheDocument();
    expect(client.signinSilent).toHaveBeenCalledTimes(1);
    expect(client.signinRedirect).not.toHaveBeenCalled();
  });

  it('without a session redirects exactly once, with ?as= as login_hint and removed from returnTo', async () => {
    const client = fakeAuthClient(null);
    renderGate(client, '/brevlada/x/inkorg?as=erik&sida=2#topp');
    expect(await screen.findByText('Du skickas vidare till inloggningen…')).toBeInTheDocument();
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
    expect(client.signinRedirect).toHaveBeenCalledWith({
      state: { returnTo: '/brevlada/x/inkorg?sida=2#topp' },
      login_hint: 'erik',
    });
    expect(readSignInAttempt()).toEqual({ returnTo: '/brevlada/x/inkorg?sida=2#topp', loginHint: 'erik' });
  });

  it('sends no login_hint without ?as=', async () => {
    const client = fakeAuthClient(null);
    renderGate(client, '/');
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
    expect(client.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' } });
  });

  it('shows one error page when the IdP cannot be reached, and "Försök igen" tries exactly once more', async () => {
    const client = fakeAuthClient(null);
    client.signinRedirect.mockRejectedValue(new TypeError('Failed to fetch'));
    renderGate(client, '/?as=anna');

    expect(await screen.findByRole('heading', { name: 'Inloggningen misslyckades' })).toBeInTheDocument();
    expect(screen.getByText(/Inloggningstjänsten svarar inte/)).toBeInTheDocument();
    expect(screen.getByText('Teknisk information')).toBeInTheDocument();
    expect(screen.getByText(/Failed to fetch/)).not.toBeVisible();
    expect(client.signinRedirect).toHaveBeenCalledTimes(1);

    // No loop: nothing else happens on its own.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.signinRedirect).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(2));
    expect(client.signinRedirect).toHaveBeenLastCalledWith({ state: { returnTo: '/' }, login_hint: 'anna' });
    expect(await screen.findByRole('button', { name: 'Försök igen' })).toBeEnabled();
  });

  it('coming back once without a session (e.g. Back from the IdP page) simply redirects again', async () => {
    recordSignInAttempt({ returnTo: '/brevlada/x/inkorg' });
    const client = fakeAuthClient(null);
    renderGate(client, '/?as=erik');
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
    expect(client.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/' }, login_hint: 'erik' });
    expect(screen.queryByRole('heading', { name: 'Inloggningen misslyckades' })).not.toBeInTheDocument();
  });

  it('redirects from more than a minute ago do not count towards a loop', async () => {
    const longAgo = Date.now() - 2 * 60_000;
    recordSignInAttempt({ returnTo: '/' }, longAgo);
    recordSignInAttempt({ returnTo: '/' }, longAgo + 1000);
    const client = fakeAuthClient(null);
    renderGate(client, '/');
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
  });

  it('a tab that keeps coming back without a session gets the error page instead of another redirect', async () => {
    recordSignInAttempt({ returnTo: '/brevlada/x/inkorg', loginHint: 'sara' });
    recordSignInAttempt({ returnTo: '/brevlada/x/inkorg', loginHint: 'sara' });
    const client = fakeAuthClient(null);
    renderGate(client, '/');
    expect(await screen.findByRole('heading', { name: 'Inloggningen misslyckades' })).toBeInTheDocument();
    expect(screen.getByText(/Inloggningen blev inte klar/)).toBeInTheDocument();
    expect(client.signinRedirect).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
    expect(client.signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/brevlada/x/inkorg' }, login_hint: 'sara' });
  });

  it('forgets the attempt once signed in, so a later expiry may redirect again', async () => {
    recordSignInAttempt({ returnTo: '/' });
    renderGate(fakeAuthClient(oidcUserFor('anna')));
    await screen.findByText('Inloggad: anna');
    expect(readSignInAttempt()).toBeNull();
  });
});
