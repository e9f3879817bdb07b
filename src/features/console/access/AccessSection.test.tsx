/**
 * Behörigheter in the console against the real MK gateway in the test process
 * (withInProcessGateway), signed in as Sara (superuser of Malmö): the grant form refuses an end
 * date before the start with an error at the field and keeps what was chosen and typed (the
 * gateway refuses the same); a stand-in's period is granted; revoking, also a grant someone
 * else revoked meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../../mocks/personas';
import { withInProcessGateway } from '../../../testing/inProcessGateway';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { AccessSection } from './AccessSection';

const gateway = withInProcessGateway();

async function renderFor(mailbox: string) {
  const rendered = renderWithProviders(<AccessSection />, gateway.as('sara'));
  await rendered.user.selectOptions(await screen.findByRole('combobox', { name: 'Välj funktionsbrevlåda' }), mailbox);
  const form = screen.getByRole('form', { name: 'Ge behörighet' });
  return { ...rendered, form };
}

const grantsOf = (subject: string) => gateway.db().selectFrom('grants').select(['mailbox_id', 'level', 'valid_from', 'valid_to']).where('subject', '=', subject).execute();

describe('giving access', () => {
  it('refuses an end date before the start at the field, keeping the person and the dates; the same day is one day', async () => {
    const { user, form } = await renderFor(FA.malmoRegistrator);
    await user.type(within(form).getByRole('textbox', { name: 'Sök person eller grupp' }), 'Maja');
    await user.click(await within(form).findByRole('button', { name: 'Välj \u2068Maja Holm (maja)\u2069' }));
    await user.click(within(form).getByRole('radio', { name: 'Läsa' }));
    const from = within(form).getByLabelText('Giltig från (valfritt)');
    const to = within(form).getByLabelText('Giltig till och med (valfritt)');
    await user.type(from, '2026-05-10');
    await user.type(to, '2026-05-09');
    await user.click(within(form).getByRole('button', { name: 'Ge behörighet' }));

    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(expect.stringContaining('Slutdatumet måste vara efter startdatumet.'));
    expect(to).toHaveFocus();
    expect(from).not.toHaveAttribute('aria-invalid');
    expect(from).toHaveValue('2026-05-10');
    expect(to).toHaveValue('2026-05-09');
    expect(within(form).getByText('Vald: \u2068Maja Holm (maja)\u2069')).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Läsa' })).toBeChecked();
    expect(await grantsOf('maja')).not.toContainEqual(expect.objectContaining({ mailbox_id: FA.malmoRegistrator }));

    // The gateway refuses the same range, at the same field.
    const refused = await gateway.call(`/mk/admin/mailboxes/${encodeURIComponent(FA.malmoRegistrator)}/grants`, {
      as: 'sara',
      method: 'POST',
      body: { subjectKind: 'person', subject: 'maja', level: 'read', validFrom: '2026-05-10T00:00:00.000Z', validTo: '2026-05-09T00:00:00.000Z' },
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ eventIssues: [{ in: 'validTo', typeCode: 'beforeFrom' }] });

    // The end date is inclusive: from and to the same day is a one-day stand-in.
    await user.clear(to);
    await user.type(to, '2026-05-10');
    await user.click(within(form).getByRole('button', { name: 'Ge behörighet' }));
    expect(await screen.findByRole('status')).toHaveTextContent('\u2068Maja Holm (maja)\u2069 har nu behörigheten Läsa till \u2068Registrator\u2069.');
    const row = within(screen.getByRole('table', { name: 'Vem når \u2068Registrator\u2069' })).getByRole('row', { name: /Maja Holm/ });
    expect(row).toHaveTextContent('Läsa');
    // The test clock stands in March: the May stand-in is not valid yet.
    expect(row).toHaveTextContent('(inte giltig nu)');
    const [grant] = (await grantsOf('maja')).filter((g) => g.mailbox_id === FA.malmoRegistrator);
    expect(grant?.level).toBe('read');
    expect(new Date(String(grant?.valid_to)).getTime() - new Date(String(grant?.valid_from)).getTime()).toBe(24 * 3600 * 1000);
  });

  it('asks for a person or group when none is chosen', async () => {
    const { user, form } = await renderFor(FA.malmoRegistrator);
    await user.click(within(form).getByRole('button', { name: 'Ge behörighet' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Välj en person eller grupp.');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('revoking access', () => {
  it('revokes a grant: its row goes, and the notice takes the focus', async () => {
    const { user } = await renderFor(FA.malmoRegistrator);
    const table = await screen.findByRole('table', { name: 'Vem når \u2068Registrator\u2069' });
    await user.click(within(table).getByRole('button', { name: 'Ta bort behörigheten för \u2068Sara Nilsson\u2069' }));

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Behörigheten för \u2068Sara Nilsson\u2069 är borttagen.');
    expect(notice).toHaveFocus();
    expect(await screen.findByText('Ingen har behörighet till brevlådan.')).toBeInTheDocument();
    expect(await grantsOf('sara')).toEqual([]);
  });

  it('says so when someone else revoked the grant meanwhile, and updates the list', async () => {
    const { user } = await renderFor(FA.malmoRegistrator);
    const table = await screen.findByRole('table', { name: 'Vem når \u2068Registrator\u2069' });
    const revoke = within(table).getByRole('button', { name: 'Ta bort behörigheten för \u2068Sara Nilsson\u2069' });
    await gateway.db().deleteFrom('grants').where('subject', '=', 'sara').where('mailbox_id', '=', FA.malmoRegistrator).execute();

    await user.click(revoke);
    expect(await screen.findByRole('status')).toHaveTextContent('Behörigheten för \u2068Sara Nilsson\u2069 var redan borttagen av någon annan.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByText('Ingen har behörighet till brevlådan.')).toBeInTheDocument();
  });
});

describe('which mailboxes a person reaches', () => {
  it('lists them, directly and through her groups; groups themselves are not offered there', async () => {
    const { user } = await renderFor(FA.malmoRegistrator);
    const section = screen.getByRole('region', { name: 'Vilka brevlådor når en person' });
    const search = within(section).getByRole('textbox', { name: 'Sök person' });
    // A group's name finds no one here (the grant form offers the group itself).
    await user.type(search, 'malmo-aldreomsorg');
    expect(await within(section).findByText('Ingen person matchar.')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: /Grupp:/ })).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'anna');
    await user.click(within(section).getByRole('button', { name: 'Visa för \u2068Anna Lindqvist (anna)\u2069' }));
    const table = await within(section).findByRole('table', { name: 'Brevlådor som \u2068Anna Lindqvist (anna)\u2069 når' });
    expect(within(table).getByRole('row', { name: /Socialtjänsten barn och unga/ })).toHaveTextContent('(direkt)');
    expect(within(table).getByRole('row', { name: /Äldreomsorg/ })).toHaveTextContent('(via gruppen \u2068malmo-aldreomsorg\u2069)');
  });
});
