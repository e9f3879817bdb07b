/** Keyboard shortcuts over the list and the app, the help dialog, and switching them off. */
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../../mocks/personas';
import { paths } from '../../routes/paths';
import { withInProcessGateway } from '../../testing/inProcessGateway';
import { renderWithProviders } from '../../testing/renderWithProviders';
import { ListTestApp, useCleanBrowserState } from '../../testing/listTestApp';
import { messageKeys } from '../../api/endpoints/messageKeys';
import { PREFERENCES_STORAGE_KEY, usePreferences } from '../preferences';

const gateway = withInProcessGateway();
useCleanBrowserState();

const INBOX = paths.mailbox(FA.malmoBarnUnga, 'inbox');

async function renderInbox(route = INBOX) {
  const result = renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route });
  // The first answer of a file waits for the in-process gateway's database to warm up.
  await screen.findByRole('table', undefined, { timeout: 5000 });
  return result;
}

const dataRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const focusedIndex = () => Number((document.activeElement as HTMLElement).getAttribute('aria-rowindex'));

/** Puts focus on the first row the way a keyboard user does: Tab from the search field's area. */
function focusFirstRow() {
  const row = dataRows()[0];
  if (!row) throw new Error('no rows');
  expect(row).toHaveAttribute('tabindex', '0');
  act(() => row.focus());
  return row;
}

describe('moving in the list', () => {
  it('j/k and the arrow keys move between rows; Enter opens the focused message', async () => {
    const { user, location } = await renderInbox();
    focusFirstRow();
    await user.keyboard('j');
    expect(focusedIndex()).toBe(3);
    await user.keyboard('{ArrowDown}');
    expect(focusedIndex()).toBe(4);
    await user.keyboard('k');
    expect(focusedIndex()).toBe(3);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(focusedIndex()).toBe(2); // stops at the first row
    // Only the focused row is in the tab order.
    expect(document.activeElement).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('table').querySelectorAll('tbody tr[tabindex="0"]')).toHaveLength(1);

    await user.keyboard('j');
    const id = (document.activeElement as HTMLElement).dataset.id ?? '';
    await user.keyboard('{Enter}');
    expect(location().pathname).toBe(paths.message(FA.malmoBarnUnga, id));
    expect(await screen.findByRole('heading', { name: `Meddelande ${id}` })).toBeInTheDocument();
  });

  it('gives focus back to the row of the message when the user returns with Escape', async () => {
    const { user, location } = await renderInbox();
    focusFirstRow();
    await user.keyboard('jj');
    const id = (document.activeElement as HTMLElement).dataset.id;
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: `Meddelande ${id}` });

    await user.keyboard('{Escape}');
    await waitFor(() => expect(location().pathname).toBe(INBOX));
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.id).toBe(id));
    expect(document.activeElement?.tagName).toBe('TR');
  });

  it('j from outside the list goes into it', async () => {
    const { user } = await renderInbox();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('j');
    expect(document.activeElement).toBe(dataRows()[0]);
  });
});

describe('actions', () => {
  it('r replies to the focused received message, c opens the composer', async () => {
    const { user, location } = await renderInbox();
    focusFirstRow();
    await user.keyboard('j');
    const id = (document.activeElement as HTMLElement).dataset.id ?? '';
    await user.keyboard('r');
    expect(`${location().pathname}${location().search}`).toBe(paths.compose(FA.malmoBarnUnga, { kind: 'reply', messageId: id }));

    await user.click(screen.getByRole('link', { name: /Socialtjänsten barn och unga/ }));
    // The first answer of a file waits for the in-process gateway's database to warm up.
  await screen.findByRole('table', undefined, { timeout: 5000 });
    await user.keyboard('c');
    expect(location().pathname).toBe(paths.compose(FA.malmoBarnUnga));
    expect(screen.getByRole('heading', { name: 'Nytt meddelande' })).toBeInTheDocument();
  });

  it('r on an open received message replies to it, and does nothing on a sent one', async () => {
    const { user, location, queryClient } = renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route: paths.message(FA.malmoBarnUnga, 'in-1') });
    await screen.findByRole('heading', { name: 'Meddelande in-1' });
    // What the message page has fetched for the open message.
    const attention = (extension: string) => ({ subOrganization: { root: 'x', extension } });
    act(() => {
      queryClient.setQueryData(messageKeys.of('in-1'), { type: 'messages', id: 'in-1', attributes: { senderAttention: attention(FA.lundSocialtjanst), recipientAttention: attention(FA.malmoBarnUnga) } });
      queryClient.setQueryData(messageKeys.of('out-1'), { type: 'messages', id: 'out-1', attributes: { senderAttention: attention(FA.malmoBarnUnga), recipientAttention: attention(FA.lundSocialtjanst) } });
    });
    await user.keyboard('r');
    expect(`${location().pathname}${location().search}`).toBe(paths.compose(FA.malmoBarnUnga, { kind: 'reply', messageId: 'in-1' }));

    const sent = renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route: paths.message(FA.malmoBarnUnga, 'out-1') });
    act(() => sent.queryClient.setQueryData(messageKeys.of('out-1'), { type: 'messages', id: 'out-1', attributes: { senderAttention: attention(FA.malmoBarnUnga), recipientAttention: attention(FA.lundSocialtjanst) } }));
    await user.keyboard('r');
    expect(sent.location().pathname).toBe(paths.message(FA.malmoBarnUnga, 'out-1'));
  });

  it('u marks the focused message read or unread', async () => {
    const { user } = await renderInbox();
    const row = focusFirstRow();
    await waitFor(() => expect(row).toHaveClass('message-list__row--unread'));
    await user.keyboard('u');
    expect(row).not.toHaveClass('message-list__row--unread');
    await user.keyboard('u');
    expect(row).toHaveClass('message-list__row--unread');
  });

  it('/ goes to the search field, and typing there is text, never a shortcut', async () => {
    const { user, location } = await renderInbox();
    await user.keyboard('/');
    const search = screen.getByRole('searchbox', { name: 'Sök i listan' });
    expect(search).toHaveFocus();
    await user.keyboard('jkrc/?u');
    expect(search).toHaveValue('jkrc/?u');
    expect(location().pathname).toBe(INBOX);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('ignores keys pressed with Ctrl, Alt or Cmd', async () => {
    const { user, location } = await renderInbox();
    await user.keyboard('{Control>}c{/Control}{Alt>}c{/Alt}{Meta>}c{/Meta}');
    expect(location().pathname).toBe(INBOX);
    await user.keyboard('{Control>}j{/Control}');
    expect(document.activeElement).toBe(document.body);
  });
});

describe('help', () => {
  it('? opens an accessible dialog listing the shortcuts; Escape closes it and focus returns', async () => {
    const { user, location } = await renderInbox();
    const row = focusFirstRow();
    await user.keyboard('?');
    // The dialog and its texts are fetched on first use.
    const dialog = await screen.findByRole('dialog', { name: 'Kortkommandon' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { name: 'Kortkommandon' })).toHaveFocus();
    expect(dialog).toHaveAccessibleDescription('Kortkommandon med en tangent är påslagna.');
    const rows = within(dialog).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toContain('jNästa meddelande i listanJa');
    expect(rows).toContain('Pil nedNästa meddelande i listanNej');
    expect(rows).toContain('/Gå till sökfältet i listanJa');
    expect(rows).toContain('?Visa den här listanJa');
    expect(rows.some((r) => r?.startsWith('rSvara'))).toBe(true);
    expect(rows.some((r) => r?.startsWith('cSkriv ett nytt meddelande'))).toBe(true);

    // No shortcut works behind the dialog.
    await user.keyboard('c');
    expect(location().pathname).toBe(INBOX);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(row).toHaveFocus();
    expect(location().pathname).toBe(INBOX);
  });
});

describe('switched off in the settings (WCAG 2.1.4)', () => {
  it('stops every single-key shortcut, keeps the arrow keys, and is remembered as a preference only', async () => {
    const { user, location } = renderWithProviders(<ListTestApp />, { ...gateway.as('anna'), route: paths.settings() });
    const toggle = await screen.findByRole('checkbox', { name: 'Använd kortkommandon med en tangent' });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(screen.getByText('Inställningen är sparad.')).toBeInTheDocument();
    expect(Object.keys(window.localStorage)).toEqual([PREFERENCES_STORAGE_KEY]);
    expect(JSON.parse(window.localStorage.getItem(PREFERENCES_STORAGE_KEY) ?? '')).toEqual({
      state: { shortcutsEnabled: false, density: 'comfortable' },
      version: 1,
    });

    await user.click(screen.getByRole('link', { name: 'Tillbaka till brevlådan' }));
    // The first answer of a file waits for the in-process gateway's database to warm up.
  await screen.findByRole('table', undefined, { timeout: 5000 });
    await user.keyboard('c?/j');
    expect(location().pathname).toBe(INBOX);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(document.body);

    const row = focusFirstRow();
    await user.keyboard('jru');
    expect(document.activeElement).toBe(row);
    expect(location().pathname).toBe(INBOX);
    await user.keyboard('{ArrowDown}');
    expect(focusedIndex()).toBe(3);

    // The help is still there (through its button in the header), and says the shortcuts are off.
    expect(usePreferences.getState().shortcutsEnabled).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Kortkommandon' }));
    expect(await screen.findByRole('dialog')).toHaveAccessibleDescription(/Kortkommandon med en tangent är avstängda/);
  });
});
