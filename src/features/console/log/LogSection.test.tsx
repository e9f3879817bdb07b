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
});
