/**
 * Registering and editing a function mailbox in the console, against the real MK gateway in the
 * test process (withInProcessGateway), signed in as Sara (superuser of Malmö): a bad identifier
 * gets its error at the field — the same rule the gateway applies — and nothing typed is lost;
 * a taken identifier is the gateway's answer, shown at the field; two superusers editing the
 * same mailbox: the second save is refused, showing what is stored now, and she chooses.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FA } from '../../../../mocks/personas';
import { withInProcessGateway } from '../../../testing/inProcessGateway';
import { renderWithProviders } from '../../../testing/renderWithProviders';
import { MailboxesSection } from './MailboxesSection';

const gateway = withInProcessGateway();
const ORG = '0203:malmo.se';

async function openCreateForm() {
  const rendered = renderWithProviders(<MailboxesSection />, gateway.as('sara'));
  await screen.findByRole('table', { name: 'Organisationens funktionsbrevlådor' });
  await rendered.user.click(screen.getByRole('button', { name: 'Ny funktionsbrevlåda' }));
  const form = screen.getByRole('form', { name: 'Ny funktionsbrevlåda' });
  const field = (name: string) => within(form).getByRole('textbox', { name });
  return { ...rendered, form, field };
}

async function storedIds(): Promise<string[]> {
  return (await gateway.db().selectFrom('mailboxes').select('id').execute()).map((m) => m.id);
}

describe('registering a function mailbox', () => {
  it.each([
    ['of another organisation', `sdk:familjeratt:0203:lund.se`, 'wrongOrganization', `Identifieraren måste sluta med din organisations id, \u2068${ORG}\u2069.`],
    ['with characters outside a–z, 0–9 and -', `sdk:familje_rätt:${ORG}`, 'badCharacters', 'Funktionen får bara innehålla små bokstäver a–z, siffror och bindestreck, inte först eller sist.'],
    ['with a too long function', `sdk:${'a'.repeat(41)}:${ORG}`, 'tooLong', 'Texten är för lång.'],
    ['without the sdk:<function>:<organisation> shape', 'familjeratt', 'badFormat', 'Identifieraren ska ha formen sdk:<funktion>:<organisations-id>.'],
  ])('refuses an identifier %s at the field and keeps what was typed', async (_what, id, code, text) => {
    const { user, form, field } = await openCreateForm();
    await user.clear(field('Identifierare'));
    await user.type(field('Identifierare'), id);
    await user.type(field('Namn'), 'Familjerätt');
    await user.type(within(form).getByRole('textbox', { name: 'Beskrivning' }), 'Vårdnad, boende och umgänge.');
    await user.click(within(form).getByRole('button', { name: 'Registrera' }));

    expect(within(form).getByRole('alert')).toHaveTextContent('Rätta felen nedan.');
    expect(field('Identifierare')).toHaveAttribute('aria-invalid', 'true');
    // Read with the field: its hint, then "Fel:" and the error.
    expect(field('Identifierare')).toHaveAccessibleDescription(expect.stringContaining(`Fel:`));
    expect(field('Identifierare')).toHaveAccessibleDescription(expect.stringContaining(text));
    expect(field('Identifierare')).toHaveValue(id);
    expect(field('Namn')).toHaveValue('Familjerätt');
    expect(field('Namn')).not.toHaveAttribute('aria-invalid');
    expect(within(form).getByRole('textbox', { name: 'Beskrivning' })).toHaveValue('Vårdnad, boende och umgänge.');
    expect(await storedIds()).not.toContain(id);
    // The gateway applies the same rule (src/sdk/mailboxRegistration) to the same input.
    const answer = await gateway.call('/mk/admin/mailboxes', { as: 'sara', method: 'POST', body: { id, name: 'Familjerätt' } });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ eventIssues: [{ in: 'id', typeCode: code }] });
  });

  it('shows the gateway’s "taken" at the identifier and keeps every field', async () => {
    const { user, form, field } = await openCreateForm();
    await user.clear(field('Identifierare'));
    await user.type(field('Identifierare'), FA.malmoRegistrator);
    await user.type(field('Namn'), 'Registrator 2');
    await user.type(field('Kategorier och sökord'), 'post, diarium');
    await user.click(within(form).getByRole('button', { name: 'Registrera' }));

    expect(await within(form).findByText('Det finns redan en funktionsbrevlåda med den identifieraren.')).toBeInTheDocument();
    expect(field('Identifierare')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Identifierare')).toHaveAccessibleDescription(expect.stringContaining('Det finns redan en funktionsbrevlåda'));
    expect(field('Identifierare')).toHaveValue(FA.malmoRegistrator);
    expect(field('Namn')).toHaveValue('Registrator 2');
    expect(field('Kategorier och sökord')).toHaveValue('post, diarium');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const stored = await gateway.db().selectFrom('mailboxes').select('name').where('id', '=', FA.malmoRegistrator).executeTakeFirstOrThrow();
    expect(stored.name).toBe('Registrator');
  });

  it('registers a valid mailbox: it is listed, and focus goes back to the button that opened the form', async () => {
    const { user, form, field } = await openCreateForm();
    expect(within(form).getByRole('heading', { name: 'Ny funktionsbrevlåda' })).toHaveFocus();
    await user.clear(field('Identifierare'));
    await user.type(field('Identifierare'), `sdk:familjeratt:${ORG}`);
    await user.type(field('Namn'), 'Familjerätt');
    await user.click(within(form).getByRole('button', { name: 'Registrera' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Funktionsbrevlådan \u2068Familjerätt\u2069 är registrerad.');
    expect(screen.queryByRole('form', { name: 'Ny funktionsbrevlåda' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ny funktionsbrevlåda' })).toHaveFocus();
    expect(await screen.findByRole('row', { name: new RegExp(`sdk:familjeratt:${ORG}`) })).toHaveTextContent('Familjerätt');
    expect(await storedIds()).toContain(`sdk:familjeratt:${ORG}`);
  });
});

describe('two superusers editing the same mailbox', () => {
  /** Someone else saves Registrator (version 1) while the form is open. */
  async function saveMeanwhile(changes: Record<string, unknown>) {
    const current = (await (await gateway.call(`/mk/admin/mailboxes/${encodeURIComponent(FA.malmoRegistrator)}`, { as: 'sara' })).json()) as { mailbox: Record<string, unknown> };
    const { name, description, categories, sends, receives, notificationEmail, active, version } = current.mailbox;
    const saved = await gateway.call(`/mk/admin/mailboxes/${encodeURIComponent(FA.malmoRegistrator)}`, {
      as: 'sara',
      method: 'PUT',
      body: { name, description, categories, sends, receives, notificationEmail, active, version, ...changes },
    });
    expect(saved.status).toBe(200);
  }

  async function editRegistrator() {
    const rendered = renderWithProviders(<MailboxesSection />, gateway.as('sara'));
    await rendered.user.click(await screen.findByRole('button', { name: 'Ändra \u2068Registrator\u2069' }));
    const form = screen.getByRole('form', { name: 'Ändra \u2068Registrator\u2069' });
    // The form opens above the table: focus moves into it.
    expect(within(form).getByRole('heading', { name: 'Ändra \u2068Registrator\u2069' })).toHaveFocus();
    return { ...rendered, form, field: (name: string) => within(form).getByRole('textbox', { name }) };
  }

  it('refuses the second save, shows what is stored now and keeps her values; she may then save hers', async () => {
    const { user, form, field } = await editRegistrator();
    await user.clear(field('Namn'));
    await user.type(field('Namn'), 'Registratur');
    await saveMeanwhile({ description: 'Ändrad av en kollega' });

    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const conflict = await within(form).findByRole('alert');
    expect(conflict).toHaveTextContent('Någon annan har ändrat brevlådan');
    expect(conflict).toHaveTextContent('\u2068Sara Nilsson\u2069 sparade en ändring medan du redigerade.');
    expect(within(conflict).getByText('Beskrivning: \u2068Ändrad av en kollega\u2069')).toBeInTheDocument();
    expect(field('Namn')).toHaveValue('Registratur');
    const stored = () => gateway.db().selectFrom('mailboxes').select(['name', 'description', 'version']).where('id', '=', FA.malmoRegistrator).executeTakeFirstOrThrow();
    expect(await stored()).toMatchObject({ name: 'Registrator', description: 'Ändrad av en kollega', version: 2 });

    await user.click(within(conflict).getByRole('button', { name: 'Spara mina värden ändå' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ändringarna i \u2068Registratur\u2069 är sparade.');
    expect(await stored()).toMatchObject({ name: 'Registratur', version: 3 });
  });

  it('lets her take the stored values instead of hers', async () => {
    const { user, form, field } = await editRegistrator();
    await user.clear(field('Namn'));
    await user.type(field('Namn'), 'Registratur');
    await saveMeanwhile({ description: 'Ändrad av en kollega' });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    await user.click(within(await within(form).findByRole('alert')).getByRole('button', { name: 'Använd de nya värdena' }));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    expect(field('Namn')).toHaveValue('Registrator');
    expect(field('Beskrivning')).toHaveValue('Ändrad av en kollega');

    // Cancelled, the form is gone and focus is back on the row's Ändra button.
    await user.click(within(form).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ändra \u2068Registrator\u2069' })).toHaveFocus();
  });
});
