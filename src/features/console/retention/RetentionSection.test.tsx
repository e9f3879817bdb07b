// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { TEST_API_BASE } from '../../../../mocks/testing';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { RetentionSection } from './RetentionSection';

const BOX = 'sdk:socialtjanst-barn-unga:0203:malmo.se';
const NAME = 'Socialtjänsten barn och unga';

/** A small stand-in for the gateway's /mk/admin/retention routes. */
function fakeGateway() {
  const state = { days: 0, due: 34, runs: [] as string[] };
  const setting = () => ({ mailbox: BOX, name: NAME, active: true, days: state.days, source: state.days ? 'mailbox' : 'default', updatedBy: null, updatedAt: null });
  const fieldProblem = (field: string) => HttpResponse.json({ type: 'urn:problem-type:sdk:badRequest', title: 'Bad Request', status: 400, eventIssues: [{ typeCode: 'INVALID_FIELD', in: field }] }, { status: 400 });
  const handlers = [
    http.get(`${TEST_API_BASE}/mk/admin/retention`, () => HttpResponse.json({ defaultDays: 0, data: [setting()] })),
    http.put(`${TEST_API_BASE}/mk/admin/retention/:mailbox`, async ({ request }) => {
      const { days } = (await request.json()) as { days: number };
      if (days > 3650) return fieldProblem('days');
      state.days = days;
      return HttpResponse.json(setting());
    }),
    http.get(`${TEST_API_BASE}/mk/admin/retention/:mailbox/preview`, () =>
      HttpResponse.json({ mailbox: BOX, days: state.days, total: 40, due: state.due, judgedAt: '2026-03-04T09:00:00.000Z' }),
    ),
    http.post(`${TEST_API_BASE}/mk/admin/retention/:mailbox/run`, async ({ request }) => {
      const { confirmMailboxName } = (await request.json()) as { confirmMailboxName: string };
      state.runs.push(confirmMailboxName);
      if (confirmMailboxName !== NAME) return fieldProblem('confirmMailboxName');
      const deleted = state.due;
      state.due = 0;
      return HttpResponse.json({ mailbox: BOX, days: state.days, due: deleted, deleted, gone: 0, failed: 0 });
    }),
  ];
  return { state, handlers };
}

let gateway = fakeGateway();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  gateway = fakeGateway();
  server.resetHandlers();
});
afterAll(() => server.close());

const render = () => {
  server.use(...gateway.handlers);
  return renderWithProviders(<RetentionSection />, { user: { roles: ['superuser'] } });
};

describe('RetentionSection', () => {
  it('sets a mailbox’s days, then previews how many messages would be deleted', async () => {
    const { user } = render();
    const box = await screen.findByRole('region', { name: NAME });
    expect(within(box).getByText('Inga meddelanden gallras: brevlådan sparar sina meddelanden.')).toBeInTheDocument();
    const days = within(box).getByRole('textbox', { name: 'Antal dagar meddelanden sparas' });
    await user.clear(days);
    await user.type(days, '1');
    await user.click(within(box).getByRole('button', { name: 'Spara' }));
    expect(await within(box).findByText('34 meddelanden skulle gallras')).toBeInTheDocument();
    expect(gateway.state.days).toBe(1);
  });

  it('refuses a bad number of days with a field error and keeps what was typed', async () => {
    const { user } = render();
    const box = await screen.findByRole('region', { name: NAME });
    const days = within(box).getByRole('textbox', { name: 'Antal dagar meddelanden sparas' });
    await user.clear(days);
    await user.type(days, 'tio');
    await user.click(within(box).getByRole('button', { name: 'Spara' }));
    expect(within(box).getByText('Ange ett heltal mellan 0 och 3650.')).toBeInTheDocument();
    expect(days).toHaveValue('tio');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(gateway.state.days).toBe(0);
  });

  it('runs retention now only once the mailbox name is typed exactly, and says how many were deleted', async () => {
    gateway.state.days = 1;
    const { user } = render();
    const box = await screen.findByRole('region', { name: NAME });
    await within(box).findByText('34 meddelanden skulle gallras');
    await user.click(within(box).getByRole('button', { name: 'Kör gallring nu' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Gallra \u2068${NAME}\u2069 nu?` });
    const name = within(dialog).getByRole('textbox', { name: 'Brevlådans namn' });
    await user.type(name, 'socialtjänsten');
    await user.click(within(dialog).getByRole('button', { name: 'Gallra' }));
    expect(within(dialog).getByText('Namnet stämmer inte. Skriv brevlådans namn exakt.')).toBeInTheDocument();
    expect(gateway.state.runs).toEqual([]);

    await user.clear(name);
    await user.type(name, NAME);
    await user.click(within(dialog).getByRole('button', { name: 'Gallra' }));
    expect(await within(box).findByText('Gallringen är klar: 34 meddelanden togs bort.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(gateway.state.runs).toEqual([NAME]);
    expect(await within(box).findByText('0 meddelanden skulle gallras')).toBeInTheDocument();
  });
});
