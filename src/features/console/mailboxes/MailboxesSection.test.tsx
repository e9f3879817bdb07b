/**
 * Funktionsbrevlådor against the real gateway in the test process: the list's "last connection
 * test" column shows each mailbox's latest finished run (outcome, when, environment) as a link
 * to its report, and says so when a mailbox has none.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../../mocks/personas';
import { withInProcessGateway } from '../../../testing/inProcessGateway';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { MailboxesSection } from './MailboxesSection';

const gateway = withInProcessGateway();

async function finishedRun(id: string, outcome: 'passed' | 'failed', environment: 'DEMO' | 'QA', finishedAt: string) {
  const finished = new Date(finishedAt);
  await gateway
    .db()
    .insertInto('connection_test_runs')
    .values({
      id,
      organization_id: '0203:malmo.se',
      mailbox_id: FA.malmoRegistrator,
      mailbox_name: 'Registrator',
      environment,
      started_by_sub: 'sara',
      started_by_name: 'Sara Nilsson',
      started_at: new Date(finished.getTime() - 60_000),
      deadline_at: new Date(finished.getTime() + 240_000),
      finished_at: finished,
      outcome,
    })
    .execute();
}

describe('MailboxesSection', () => {
  it("links each mailbox's latest connection-test result to its report, and says when there is none", async () => {
    await finishedRun('run-passed', 'passed', 'QA', '2026-03-01T08:05:00.000Z');
    await finishedRun('run-failed', 'failed', 'DEMO', '2026-03-02T08:05:00.000Z');
    renderWithProviders(<MailboxesSection />, gateway.as('sara'));

    const table = await screen.findByRole('table', { name: 'Organisationens funktionsbrevlådor' });
    expect(within(table).getByRole('columnheader', { name: 'Senaste anslutningstest' })).toBeInTheDocument();
    const registrator = within(table).getByRole('rowheader', { name: new RegExp(FA.malmoRegistrator) }).closest('tr') as HTMLElement;
    const report = within(registrator).getByRole('link', { name: /^Underkänt .* i DEMO$/ });
    expect(report).toHaveAttribute('href', '/konsol/anslutningstest/run-failed');

    const barnUnga = within(table).getByRole('rowheader', { name: new RegExp(FA.malmoBarnUnga) }).closest('tr') as HTMLElement;
    expect(barnUnga).toHaveTextContent('Inget test ännu');
    expect(within(barnUnga).queryByRole('link', { name: /Godkänt|Underkänt/ })).not.toBeInTheDocument();
  });
});
