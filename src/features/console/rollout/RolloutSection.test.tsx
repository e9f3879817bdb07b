// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { TEST_API_BASE } from '../../../../mocks/testing';
import { rolloutStatus, rolloutProgress, type ManualTick, type RolloutFacts } from '../../../sdk/rollout';
import { paths } from '../../../routes/paths';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { RolloutSection } from './RolloutSection';

const FACTS: RolloutFacts = {
  mailboxes: [
    { id: 'sdk:registrator:0203:malmo.se', published: true, matches: true },
    { id: 'sdk:ekonomi:0203:malmo.se', published: false, matches: false },
  ],
  passedConnectionTests: {},
  trainingsHeld: undefined,
};

/** A stand-in for /mk/admin/rollout that derives statuses with the real domain rules. */
function fakeGateway(facts: RolloutFacts = FACTS) {
  const ticks: ManualTick[] = [];
  const checklist = () => {
    const milestones = rolloutStatus(facts, ticks);
    return { organizationId: '0203:malmo.se', generatedAt: '2026-12-02T10:00:00.000Z', ...rolloutProgress(milestones), milestones };
  };
  return {
    ticks,
    handlers: [
      http.get(`${TEST_API_BASE}/mk/admin/rollout`, () => HttpResponse.json(checklist())),
      http.put(`${TEST_API_BASE}/mk/admin/rollout/:milestone`, async ({ params, request }) => {
        const { done } = (await request.json()) as { done: boolean };
        const milestone = params['milestone'] as ManualTick['milestone'];
        ticks.splice(0, ticks.length, ...ticks.filter((t) => t.milestone !== milestone), { milestone, done, by: { sub: 'sara', name: 'Sara Nilsson' }, at: '2026-12-02T10:05:00.000Z' });
        return HttpResponse.json(checklist());
      }),
    ],
  };
}

let gateway = fakeGateway();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  gateway = fakeGateway();
  server.resetHandlers();
});
afterAll(() => server.close());

const render = (route = paths.console('inforande')) => {
  server.use(...gateway.handlers);
  return renderWithProviders(<RolloutSection />, { route, path: '/konsol/inforande/*', user: { roles: ['superuser'] } });
};

describe('RolloutSection', () => {
  it('shows automatic statuses with what the MK saw, and lets only hand-ticked milestones be ticked', async () => {
    render();
    expect(await screen.findByText('1 av 11 milstolpar klara.')).toBeInTheDocument();
    const registered = screen.getByRole('article', { name: 'Registrera funktionsbrevlådorna' });
    expect(within(registered).getByText('Klar')).toBeInTheDocument();
    expect(within(registered).getByText('2 aktiva funktionsbrevlådor i registret.')).toBeInTheDocument();
    expect(within(registered).queryByRole('checkbox')).not.toBeInTheDocument();
    const published = screen.getByRole('article', { name: 'Publicera funktionsbrevlådorna i adressboken' });
    expect(within(published).getByText('Saknas i adressboken: \u2068sdk:ekonomi:0203:malmo.se\u2069.')).toBeInTheDocument();
    const training = screen.getByRole('article', { name: 'Utbildning 1' });
    expect(within(training).getByText('Kan inte kontrolleras än')).toBeInTheDocument();
    expect(within(training).getByText('Kursservern finns inte än: bocka av för hand tills vidare.')).toBeInTheDocument();
    expect(within(training).getByRole('checkbox', { name: 'Klar' })).not.toBeChecked();
  });

  it('ticks a training held on the course server, saying when and which course, and leaves the others open', async () => {
    gateway = fakeGateway({ ...FACTS, trainingsHeld: { 1: { at: '2026-11-20T09:00:00.000Z', course: 'KURS-7Q' } } });
    render();
    const first = await screen.findByRole('article', { name: 'Utbildning 1' });
    expect(within(first).getByText('Klar')).toBeInTheDocument();
    expect(within(first).getByText(/^Utbildning 1 hållen på kursservern .*2026.* \(kurs \u2068KURS-7Q\u2069\)\.$/)).toBeInTheDocument();
    expect(within(first).queryByRole('checkbox')).not.toBeInTheDocument();
    const second = screen.getByRole('article', { name: 'Utbildning 2' });
    expect(within(second).queryByText(/hållen på kursservern/)).not.toBeInTheDocument();
    expect(within(second).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('records a hand tick with who and when', async () => {
    const { user } = render();
    const apply = await screen.findByRole('article', { name: 'Ansök om anslutning till QA' });
    await user.click(within(apply).getByRole('checkbox', { name: 'Klar' }));
    expect(await within(apply).findByText(/^Markerad som klar av \u2068Sara Nilsson\u2069/)).toBeInTheDocument();
    expect(within(apply).getByRole('checkbox', { name: 'Klar' })).toBeChecked();
    expect(screen.getByText('2 av 11 milstolpar klara.')).toBeInTheDocument();
    expect(gateway.ticks.map((t) => [t.milestone, t.done])).toEqual([['apply-qa', true]]);
  });

  it('prints as a status report: organisation, date and every milestone with its status', async () => {
    render(paths.console('inforande/rapport'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Statusrapport för införande' })).toBeInTheDocument();
    expect(await screen.findByText('0203:malmo.se')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(12);
    expect(within(rows[2] as HTMLElement).getAllByRole('cell').map((c) => c.textContent)[0]).toBe('Klar');
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
  });
});
