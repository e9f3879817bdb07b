/**
 * The trainer's console (issue 11, ADR 0016) against the real gateway in the test process
 * (withInProcessGateway), as Tove: the new-course form keeps what she typed when the gateway
 * refuses it and says which field is wrong and why; a scenario file with a mistake names the
 * field; the board says why an exercise is not done yet.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { issueUserToken } from '../../../gateway/testing/userTokens';
import { TEST_API_BASE, testMessageRequest } from '../../../mocks/testing';
import { practiceAccountId, practiceMailbox } from '../../sdk/training/practice';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { CoursePage } from './CoursePage';
import { TrainingHome } from './TrainingHome';
import { trainingPaths } from './trainingPaths';

const gateway = withInProcessGateway();

const OLD = 'sdk:ifo-gammal:0203:ovning.sdk.se';
/** Bidi isolation marks around names in texts (src/i18n/bidi) do not matter here. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2066-\u2069]/g, '');

async function renderHome() {
  const rendered = renderWithProviders(<TrainingHome />, { ...gateway.as('tove'), route: trainingPaths.home() });
  await screen.findByRole('option', { name: 'Ett avvisat meddelande' });
  return rendered;
}

describe('the trainer console', () => {
  it('keeps what was typed in the new-course form and names each refused field, in Swedish', async () => {
    const { user } = await renderHome();
    const form = within(screen.getByRole('region', { name: 'Ny kurs' }));
    await user.selectOptions(form.getByLabelText('Scenario'), 'Ett avvisat meddelande');
    const participants = form.getByLabelText('Antal deltagare (1–40)');
    await user.clear(participants);
    await user.type(participants, '41');
    await user.type(form.getByLabelText('Kursens namn (valfritt)'), 'Malmö vt 2027');
    await user.selectOptions(form.getByLabelText('Införandeutbildning'), 'Utbildning 2');
    const organizations = form.getByLabelText('Organisationer (id, åtskilda med kommatecken)');
    await user.type(organizations, '0203:malmo.se, 0203:malmö.se');
    await user.click(form.getByRole('button', { name: 'Skapa kurs' }));

    await waitFor(() => expect(participants).toHaveAccessibleDescription('Ange ett antal deltagare mellan 1 och 40.'));
    expect(plain(organizations.getAttribute('aria-invalid'))).toBe('true');
    expect(plain(document.getElementById(organizations.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
      'Finns inte i registret: 0203:malmö.se. Kontrollera stavningen.',
    );
    // Nothing typed is lost.
    expect(participants).toHaveValue(41);
    expect(form.getByLabelText('Kursens namn (valfritt)')).toHaveValue('Malmö vt 2027');
    expect(form.getByLabelText('Införandeutbildning')).toHaveValue('2');
    expect(organizations).toHaveValue('0203:malmo.se, 0203:malmö.se');
    expect(await gateway.db().selectFrom('training_courses').select('code').execute()).toEqual([]);

    // Corrected, the course is made, as rollout training 2 for Malmö.
    await user.clear(participants);
    await user.type(participants, '4');
    await user.clear(organizations);
    await user.type(organizations, 'malmo');
    await user.click(form.getByRole('button', { name: 'Skapa kurs' }));
    expect(plain(document.getElementById(organizations.getAttribute('aria-describedby') ?? '')?.textContent)).toBe(
      'Det här är inga organisations-id (som 0203:malmo.se): malmo.',
    );
    await user.clear(organizations);
    await user.type(organizations, '0203:malmo.se');
    await user.click(form.getByRole('button', { name: 'Skapa kurs' }));
    await waitFor(async () => expect(await gateway.db().selectFrom('training_rollout').select(['organization_id', 'training']).execute()).toEqual([{ organization_id: '0203:malmo.se', training: 2 }]));
    const [course] = await gateway.db().selectFrom('training_courses').select(['title']).execute();
    expect(course?.title).toBe('Malmö vt 2027');
  });

  it('names the field of a mistake in an imported scenario file', async () => {
    const { user } = await renderHome();
    const exported = (await (await gateway.call('/mk/training/scenarios', { as: 'tove' })).json()) as { data: { scenario: { id: string; timeline: { from?: string }[] } }[] };
    const scenario = structuredClone(exported.data.find((s) => s.scenario.id === 'avvisat-meddelande')!.scenario);
    scenario.timeline[0]!.from = 'skolan';
    const file = new File([JSON.stringify(scenario)], 'avvisat.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Importera scenario (JSON-fil)'), file);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Filen har fel:');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['timeline.0.from: namnger ingen motpart i counterparts (mottagning)']);
    expect(screen.getByLabelText('Importera scenario (JSON-fil)')).toHaveAccessibleDescription(/timeline\.0\.from/);
  });

  it('shows on the board why an exercise is not done yet, participant by participant', async () => {
    const created = await gateway.call('/mk/training/courses', { as: 'tove', method: 'POST', body: { scenarioId: 'avvisat-meddelande', participants: 2 } });
    const { course } = (await created.json()) as { course: { code: string } };
    await gateway.call(`/mk/training/courses/${course.code}/control`, { as: 'tove', method: 'POST', body: { action: 'start' } });
    // Participant 1 sends to the old address twice (rejected), and never to the right one.
    const token = await issueUserToken({ subject: practiceAccountId(course.code, 1), roles: ['practice', 'caseworker'] });
    for (let i = 0; i < 2; i++) {
      const sent = await fetch(`${TEST_API_BASE}/sdk/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(testMessageRequest({ from: practiceMailbox(course.code, 1), to: OLD })),
      });
      expect(sent.status).toBe(201);
      gateway.world().clock.advance(30_000);
      gateway.world().settle();
    }

    renderWithProviders(<CoursePage />, { ...gateway.as('tove'), route: trainingPaths.course(course.code), path: '/utbildning/kurs/:code' });
    const board = await screen.findByRole('table', { name: /./ });
    const rowOf = async (name: string) => within(await within(board).findByRole('row', { name: new RegExp(`^${name}`) }));
    const first = await rowOf('Deltagare 1');
    await waitFor(() => expect(plain(first.getAllByRole('cell').map((c) => c.textContent).join(' | '))).toContain(`Inte omskickat till sdk:ifo-mottagning:0203:ovning.sdk.se; senast skickat till ${OLD}.`));
    const second = await rowOf('Deltagare 2');
    expect(plain(second.getAllByRole('cell').map((c) => c.textContent).join(' | '))).toContain(`Inget meddelande till ${OLD} än.`);
  });

  it('says on the course page when participants see each other, and which rollout training the course is, held once started', async () => {
    const scenarios = (await (await gateway.call('/mk/training/scenarios', { as: 'tove' })).json()) as { data: { scenario: { id: string } }[] };
    const shared = { ...scenarios.data.find((s) => s.scenario.id === 'avvisat-meddelande')!.scenario, id: 'jamfor', title: 'Jämför era svar', visibility: 'shared' };
    expect((await gateway.call('/mk/training/scenarios', { as: 'tove', method: 'POST', body: shared })).status).toBe(201);
    const created = await gateway.call('/mk/training/courses', {
      as: 'tove',
      method: 'POST',
      body: { scenarioId: 'jamfor', participants: 2, rollout: { training: 3, organizations: ['0203:malmo.se'] } },
    });
    const { course } = (await created.json()) as { course: { code: string } };

    const { user } = renderWithProviders(<CoursePage />, { ...gateway.as('tove'), route: trainingPaths.course(course.code), path: '/utbildning/kurs/:code' });
    expect(await screen.findByText('Delad insyn: deltagarna kan läsa (men inte skicka från) varandras övningsbrevlådor.')).toBeInTheDocument();
    expect(await screen.findByText(/bockas av i införandelistan när kursen startas/)).toHaveTextContent(/^Utbildning 3 i införandet för .*0203:malmo\.se.*:/);
    await user.click(screen.getByRole('button', { name: 'Starta' }));
    expect(await screen.findByText(/hölls .*\(avbockad i införandelistan\)/)).toBeInTheDocument();
  });
});
