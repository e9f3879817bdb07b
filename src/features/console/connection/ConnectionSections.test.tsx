import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { SdkUser } from '../../../sdk/user';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AddressBookSection } from './AddressBookSection';
import { ConnectionTestSection } from './ConnectionTestSection';
import { StatusSection } from './StatusSection';
import { sampleRun, stubAdminApi } from './testing/adminApi';

const SARA: Partial<SdkUser> = { subject: 'sara', name: 'Sara Nilsson', roles: ['superuser'], organization: { id: '0203:malmo.se', name: 'Malmö stad' } };
const REGISTRATOR = 'sdk:registrator:0203:malmo.se';

const addressBook = {
  syncedAt: '2026-03-02T08:00:00.000Z',
  lastError: null,
  mailboxes: [
    { mailboxId: REGISTRATOR, name: 'Registrator', active: true, state: 'matches', differences: [], published: { name: 'Registrator', description: 'Registratur' } },
    {
      mailboxId: 'sdk:bygglov:0203:malmo.se',
      name: 'Bygglov',
      active: true,
      state: 'missing',
      differences: [],
      toEnter: { identifier: 'sdk:bygglov:0203:malmo.se', organization: '0203:malmo.se', name: 'Bygglov', description: 'Ansökningar om bygglov' },
    },
  ],
};

afterEach(() => vi.restoreAllMocks());

const section = (path: string) => ({ route: `/konsol/anslutningstest${path}`, path: '/konsol/anslutningstest/*', user: SARA });

describe('Adressbok', () => {
  it('shows each mailbox’s state and, for a missing one, the values to enter; "fetch now" syncs', async () => {
    const api = stubAdminApi({ 'GET /mk/admin/address-book': { body: addressBook }, 'POST /mk/admin/address-book/sync': { body: { syncedAt: '2026-03-02T09:00:00.000Z', lastError: null } } });
    const { user } = renderWithProviders(<AddressBookSection />, { user: SARA });
    const table = await screen.findByRole('table', { name: 'Funktionsbrevlådor i SDK Adressbok' });
    const [, registrator, bygglov] = within(table).getAllByRole('row');
    expect(registrator).toHaveTextContent('Publicerad och stämmer');
    expect(registrator).toHaveTextContent('Inget att göra.');
    expect(bygglov).toHaveTextContent('Inte publicerad');
    expect(bygglov).toHaveTextContent('Ange i Diggs administration:');
    expect(bygglov).toHaveTextContent('Ansökningar om bygglov');

    await user.click(screen.getByRole('button', { name: 'Hämta adressboken nu' }));
    expect(await screen.findByText('Adressboken är hämtad.')).toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/mk/admin/address-book/sync']);
  });
});

describe('Anslutningstest', () => {
  it('asks for a mailbox before running, then starts the run and shows its live progress', async () => {
    let polls = 0;
    const running = sampleRun({ state: 'running', finishedAt: null, summary: { passed: 1, failed: 0, pending: 4, total: 5, allPassed: false } });
    const api = stubAdminApi({
      'GET /mk/admin/address-book': { body: addressBook },
      'GET /mk/admin/connection-tests': { body: { environment: 'QA', data: [] } },
      'POST /mk/admin/connection-tests': { status: 202, body: { data: running } },
      'GET /mk/admin/connection-tests/run-1': () => ({ body: { data: ++polls >= 2 ? sampleRun() : running } }),
    });
    const { user, location } = renderWithProviders(<ConnectionTestSection />, section(''));
    expect(await screen.findByText('Inga anslutningstester har körts ännu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kör anslutningstest' }));
    expect(screen.getByRole('combobox', { name: 'Funktionsbrevlåda att testa' })).toHaveAccessibleDescription(/Välj vilken funktionsbrevlåda som ska testas./);
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Funktionsbrevlåda att testa' }), REGISTRATOR);
    await user.click(screen.getByRole('button', { name: 'Kör anslutningstest' }));
    await waitFor(() => expect(location().pathname).toBe('/konsol/anslutningstest/run-1'));
    expect(api.requests.find((r) => r.method === 'POST')?.body).toBe(JSON.stringify({ mailbox: REGISTRATOR }));
    expect(await screen.findByText('1 av 5 testfall klara.')).toBeInTheDocument();
    // Polled until done.
    expect(await screen.findByText('5 av 5 testfall klara.', {}, { timeout: 4000 })).toBeInTheDocument();
    expect(screen.getByText('Godkänt', { selector: '.console-state--run-passed' })).toBeInTheDocument();
  });

  it('prints a report with organisation, mailbox, environment, who and when, each case and the summary', async () => {
    const failed = sampleRun({ state: 'failed', summary: { passed: 4, failed: 1, pending: 0, total: 5, allPassed: false } });
    const missing = failed.cases[3];
    if (missing) Object.assign(missing, { verdict: 'fail', reason: 'timedOut', about: 'WAITING_FOR_RECEIPT' });
    stubAdminApi({ 'GET /mk/admin/connection-tests/run-1': { body: { data: failed } } });
    renderWithProviders(<ConnectionTestSection />, section('/run-1/utskrift'));
    const report = await screen.findByRole('article', { name: 'Rapport: anslutningstest mot SDK' });
    expect(report).toHaveTextContent('Malmö stad (0203:malmo.se)');
    expect(report).toHaveTextContent(`Registrator (${REGISTRATOR})`);
    expect(report).toHaveTextContent('QA');
    expect(report).toHaveTextContent('Sara Nilsson');
    const rows = within(within(report).getByRole('table', { name: 'Testfall' })).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[2]).toHaveTextContent('REJECTED → MESSAGE_EXCHANGE_ERROR');
    expect(rows[2]).toHaveTextContent('Orsakskoder: \u2068BV\u2069');
    expect(rows[4]).toHaveTextContent('Underkänt');
    expect(rows[4]).toHaveTextContent('Ingen slutlig status inom tidsgränsen.');
    expect(report).toHaveTextContent('Sammanfattning: 4 av 5 testfall godkända, 1 underkända.');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeEnabled();
  });
});

describe('Driftstatus', () => {
  it('shows each service with its response time, the database, and every job’s last run with outcome, duration and error', async () => {
    stubAdminApi({
      'GET /mk/admin/system-status': {
        body: {
          checkedAt: '2026-03-02T09:00:00.000Z',
          messageService: { reachable: true, responseMs: 12, status: 401 },
          idp: { reachable: false, responseMs: 3000, status: null },
          addressBook: { reachable: true, responseMs: 8, status: 200 },
          database: { kind: 'postgres', healthy: true, responseMs: 2 },
          addressBookCopy: { syncedAt: '2026-03-02T08:00:00.000Z', lastError: null, addresses: 120, organizations: 40 },
          jobs: [
            {
              job: 'address-book-sync',
              lastRun: { outcome: 'succeeded', instance: 'gw-1', startedAt: '2026-03-02T08:00:00.000Z', finishedAt: '2026-03-02T08:00:00.420Z', durationMs: 420, error: null, counts: { synced: 13 } },
            },
            {
              job: 'retention',
              lastRun: { outcome: 'failed', instance: 'gw-2', startedAt: '2026-03-02T03:00:00.000Z', finishedAt: '2026-03-02T03:00:02.500Z', durationMs: 2500, error: 'Meddelandetjänsten svarade 503', counts: {} },
            },
            { job: 'audit-log-pruning', lastRun: null },
          ],
        },
      },
    });
    renderWithProviders(<StatusSection />, { user: SARA });
    const services = await screen.findByRole('table', { name: 'Tjänster' });
    expect(within(services).getByRole('row', { name: /Meddelandetjänsten/ })).toHaveTextContent('Svarar12 ms');
    expect(within(services).getByRole('row', { name: /Inloggningstjänsten/ })).toHaveTextContent('Svarar inte');
    expect(within(services).getByRole('row', { name: /Databas \(PostgreSQL\)/ })).toHaveTextContent('Fungerar');
    const jobs = within(screen.getByRole('table', { name: 'Bakgrundsjobb' }));
    const sync = jobs.getByRole('row', { name: /Hämtning av adressboken/ });
    expect(sync).toHaveTextContent('Lyckades');
    expect(sync).toHaveTextContent('420 ms');
    const retention = jobs.getByRole('row', { name: /Gallring av meddelanden/ });
    expect(retention).toHaveTextContent('Misslyckades');
    expect(retention).toHaveTextContent('2,5 s');
    expect(retention).toHaveTextContent('Meddelandetjänsten svarade 503');
    expect(jobs.getByRole('row', { name: /Gallring av loggen/ })).toHaveTextContent('Inte kört ännu');
  });
});
