import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FA, findPersona } from '../../mocks/personas';
import { demoConfig } from '../config/config';
import { createAppI18n } from './i18n/namespaces';
import { paths } from '../routes/paths';
import { fakeAuthClient, oidcUserFor, type FakeAuthClient } from '../auth/testing/fakeAuthClient';
import { App } from './App';

function renderApp(url: string, client: FakeAuthClient) {
  window.history.replaceState(null, '', url);
  render(<App config={demoConfig} authClient={client} i18n={createAppI18n('sv')} />);
}

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  // The feature pages under the layout call the API; an empty answer is enough for the shell.
  // GET /mk/me answers with the persona's mailboxes, as the gateway's demo registry does.
  vi.stubGlobal('fetch', async (request: Request) => {
    if (!new URL(request.url).pathname.endsWith('/mk/me')) return json({ data: [], links: {} });
    const persona = findPersona(request.headers.get('Authorization')?.replace('Bearer access-token-', '') ?? '');
    const mailboxes = (persona?.functionAddresses ?? []).map((id) => ({ id, name: id, organizationId: persona?.organization.id, level: 'send' }));
    return json({ subject: persona?.id, mailboxes });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.documentElement.lang = 'sv';
});

describe('App shell', () => {
  it('opens the first mailbox inbox with the header showing environment, user and organisation', async () => {
    renderApp('/', fakeAuthClient(oidcUserFor('anna')));

    await waitFor(() => expect(decodeURIComponent(window.location.pathname)).toBe(paths.mailbox(FA.malmoBarnUnga, 'inbox').replaceAll('%3A', ':')));
    // The first banner is the site header (feature pages may have headers of their own).
    const header = screen.getAllByRole('banner')[0]!;
    expect(within(header).getByText('DEMO')).toBeInTheDocument();
    expect(within(header).getByText('Miljö:')).toBeInTheDocument();
    expect(within(header).getByText('Anna Lindqvist')).toBeInTheDocument();
    expect(within(header).getByText('Malmö stad')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hoppa till innehållet' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('navigation', { name: 'Funktionsbrevlådor' })).toBeInTheDocument();
  });

  it('shows the mailboxes the gateway grants (GET /mk/me), not those in the token', async () => {
    vi.stubGlobal('fetch', async (request: Request) =>
      new URL(request.url).pathname.endsWith('/mk/me')
        ? json({ subject: 'anna', mailboxes: [{ id: FA.malmoAldreomsorg, name: 'Äldreomsorg', organizationId: '0203:malmo.se', level: 'read' }] })
        : json({ data: [], links: {} }),
    );
    renderApp('/', fakeAuthClient(oidcUserFor('anna')));
    await waitFor(() => expect(decodeURIComponent(window.location.pathname)).toBe(paths.mailbox(FA.malmoAldreomsorg, 'inbox').replaceAll('%3A', ':')));
    const navigation = await screen.findByRole('navigation', { name: 'Funktionsbrevlådor' });
    expect(within(navigation).getByText(FA.malmoAldreomsorg)).toBeInTheDocument();
    expect(within(navigation).queryByText(new RegExp(FA.malmoBarnUnga))).not.toBeInTheDocument();
  });

  it('switches to English, remembers the choice for this tab and updates <html lang>', async () => {
    renderApp('/', fakeAuthClient(oidcUserFor('anna')));
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Logga ut' });
    await user.click(screen.getByRole('button', { name: 'In English' }));

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.sessionStorage.getItem('sdk-mk:lang')).toBe('en');
    expect(window.localStorage.length).toBe(0);

    await user.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(await screen.findByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });

  it('sends a user without function addresses to a helpful page, never an empty inbox', async () => {
    renderApp(paths.mailbox(FA.lundSocialtjanst), fakeAuthClient(oidcUserFor('nils')));

    expect(await screen.findByRole('heading', { level: 1, name: 'Du har ingen funktionsbrevlåda' })).toBeInTheDocument();
    expect(window.location.pathname).toBe(paths.noMailbox());
    expect(screen.getByText(/superanvändaren/)).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getByText('Nils Ek')).toBeInTheDocument();
    expect(within(main).getByText('Lunds kommun')).toBeInTheDocument();
    expect(within(main).getByRole('button', { name: 'Logga ut' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('signs out from the header: storage cleared and the IdP session ended', async () => {
    const client = fakeAuthClient(oidcUserFor('anna'));
    window.sessionStorage.setItem('sdk-mk:oidc.user:x', 'tokens');
    renderApp('/', client);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Logga ut' }));

    await waitFor(() => expect(client.signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'id-token-anna' }));
    expect(Object.keys(window.sessionStorage).filter((k) => k.startsWith('sdk-mk:'))).toEqual([]);
  });

  it('asks the user to sign in again when the API refuses the token and renewal fails', async () => {
    vi.stubGlobal('fetch', async () =>
      new Response(JSON.stringify({ title: 'Unauthorized', status: 401 }), { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
    );
    const client = fakeAuthClient(oidcUserFor('anna'));
    renderApp('/', client);
    expect(await screen.findByText('Din inloggning har gått ut.')).toBeInTheDocument();
    expect(client.signinSilent).toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Logga in igen' }));
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
  });

  it('shows a 404 page inside the signed-in layout for unknown addresses', async () => {
    renderApp('/finns-inte', fakeAuthClient(oidcUserFor('anna')));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till startsidan' })).toHaveAttribute('href', '/');
  });

  it('shows the signed-out page without starting a new sign-in, with the environment badge', async () => {
    const client = fakeAuthClient(null);
    renderApp('/utloggad', client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Du är utloggad' })).toBeInTheDocument();
    expect(screen.getByText('DEMO')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in igen' })).toHaveAttribute('href', '/');
    expect(client.signinRedirect).not.toHaveBeenCalled();
  });
});
