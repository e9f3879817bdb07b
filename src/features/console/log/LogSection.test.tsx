/**
 * Logg against the real gateway in the test process: entries of every kind are named in words
 * (never the raw kind), and filtering by a kind whose name has an underscore (connection_test.run)
 * finds its entries.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../../mocks/personas';
import { AUDIT_KINDS } from '../../../sdk/auditLog';
import { withInProcessGateway } from '../../../testing/inProcessGateway';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { LogSection } from './LogSection';

const gateway = withInProcessGateway();

async function entry(kind: string, minutesAgo: number) {
  await gateway
    .db()
    .insertInto('audit_log')
    .values({
      at: new Date(Date.now() - minutesAgo * 60_000),
      actor_sub: 'sara',
      actor_name: 'Sara Nilsson',
      organization_id: '0203:malmo.se',
      mailbox_id: FA.malmoRegistrator,
      kind,
      summary: JSON.stringify({}),
    })
    .execute();
}

const kindCells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent);

describe('LogSection', () => {
  it('names every audit kind the gateway writes, and filters by connection test', async () => {
    for (const [i, kind] of AUDIT_KINDS.entries()) await entry(kind, i + 1);
    const { user } = renderWithProviders(<LogSection />, gateway.as('sara'));

    const table = await screen.findByRole('table', { name: 'Logg, nyast först (högst 500 rader)' });
    const names = kindCells(table);
    expect(names).toHaveLength(AUDIT_KINDS.length);
    expect(names).toContain('Anslutningstest');
    expect(names).toContain('Adressboken hämtad på begäran');
    for (const kind of AUDIT_KINDS) expect(names).not.toContain(kind);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Händelse' }), 'Anslutningstest');
    await user.click(screen.getByRole('button', { name: 'Visa' }));
    await expect.poll(() => kindCells(screen.getByRole('table', { name: 'Logg, nyast först (högst 500 rader)' }))).toEqual(['Anslutningstest']);
  });

  it('sets how long the log is kept: a too short value gets its reason at the field and stays typed; a year or more is saved and logged', async () => {
    const { user } = renderWithProviders(<LogSection />, gateway.as('sara'));
    const settings = await screen.findByRole('region', { name: 'Hur länge loggen sparas' });
    expect(await within(settings).findByText(/Loggen sparas för alltid\./)).toHaveTextContent('MK:s standardvärde gäller');
    // The pruning covers the message access log too, and the page says so.
    expect(within(settings).getByText(/vem som öppnat, skickat eller raderat vilket meddelande/)).toHaveTextContent('Gäller både ändringar');
    const days = within(settings).getByRole('textbox', { name: 'Antal dagar loggen sparas' });

    await user.clear(days);
    await user.type(days, '30');
    await user.click(within(settings).getByRole('button', { name: 'Spara' }));
    expect(within(settings).getByText('Minst 365 dagar (ett år), eller 0 för att spara loggen för alltid.')).toBeInTheDocument();
    expect(days).toHaveValue('30');
    expect(days).toHaveAttribute('aria-invalid', 'true');
    expect(await gateway.db().selectFrom('audit_log_settings').selectAll().execute()).toEqual([]);

    await user.clear(days);
    await user.type(days, '730');
    await user.click(within(settings).getByRole('button', { name: 'Spara' }));
    expect(await within(settings).findByText(/Loggen sparas i 730 dagar/)).toHaveTextContent('av \u2068Sara Nilsson\u2069');
    expect(within(settings).getByRole('textbox', { name: 'Antal dagar loggen sparas' })).not.toHaveAttribute('aria-invalid');
    const table = await screen.findByRole('table', { name: 'Logg, nyast först (högst 500 rader)' });
    expect(await within(table).findByText('Loggens sparandetid ändrad')).toBeInTheDocument();
    expect(await gateway.db().selectFrom('audit_log_settings').select(['organization_id', 'retention_days']).execute()).toEqual([{ organization_id: '0203:malmo.se', retention_days: 730 }]);
  });
});
