/** 10 000 messages in one mailbox: few rows in the DOM, and the keyboard reaches every one. */
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { FA } from '../../mocks/personas';
import { paths, routePatterns } from '../routes/paths';
import { withInProcessGateway } from '../testing/inProcessGateway';
import { renderWithProviders } from '../testing/renderWithProviders';
import { emulateWindowScroll, fillInbox, useCleanBrowserState } from '../testing/listTestApp';
import { MailboxPage } from './MailboxPage';

const gateway = withInProcessGateway();
useCleanBrowserState();

const COUNT = 10_000;

const renderedRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const focusedRow = () => document.activeElement as HTMLElement;
const rowIndex = (row: Element | null) => Number(row?.getAttribute('aria-rowindex'));

describe('a mailbox with 10 000 messages', () => {
  it('renders far fewer rows than messages, tells screen readers the real size, and moves through all by keyboard and scrolling', async () => {
    const ids = fillInbox(gateway.world(), FA.malmoBarnUnga, COUNT);
    const window$ = emulateWindowScroll();
    const { user } = renderWithProviders(<MailboxPage view="inbox" />, {
      ...gateway.as('anna'),
      route: paths.mailbox(FA.malmoBarnUnga, 'inbox'),
      path: routePatterns.inbox,
    });
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    const total = Number(table.getAttribute('aria-rowcount')) - 1;
    expect(total).toBeGreaterThanOrEqual(COUNT);
    expect(renderedRows().length).toBeGreaterThan(5);
    expect(renderedRows().length).toBeLessThan(60);
    // Spacer rows keep the height but are hidden from assistive technology.
    expect(table.querySelectorAll('tbody tr[aria-hidden="true"]').length).toBeGreaterThan(0);

    // Into the list with Tab: exactly one row is in the tab order.
    expect(table.querySelectorAll('tbody tr[tabindex="0"]')).toHaveLength(1);
    const first = renderedRows()[0];
    act(() => first?.focus());
    expect(rowIndex(focusedRow())).toBe(2);

    await user.keyboard('{ArrowDown}{ArrowDown}j');
    expect(rowIndex(focusedRow())).toBe(5);
    await user.keyboard('{ArrowUp}k');
    expect(rowIndex(focusedRow())).toBe(3);

    // The last message, 10 000 rows down.
    await user.keyboard('{End}');
    await waitFor(() => expect(rowIndex(focusedRow())).toBe(total + 1));
    expect(focusedRow()).toHaveAccessibleName(/Massärende 10000/);
    expect(renderedRows().length).toBeLessThan(60);
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(rowIndex(focusedRow())).toBe(total + 1 - 10));
    await user.keyboard('{Home}');
    await waitFor(() => expect(rowIndex(focusedRow())).toBe(2));

    // Scrolling to the middle renders the middle, and keeps the focused row rendered.
    act(() => window$.scrollTo(64 * 5_000));
    await waitFor(() => expect(renderedRows().some((row) => Math.abs(rowIndex(row) - 5_000) < 20)).toBe(true));
    expect(renderedRows().length).toBeLessThan(60);
    expect(focusedRow().isConnected).toBe(true);
    expect(rowIndex(focusedRow())).toBe(2);
    expect(ids).toHaveLength(COUNT);
  }, 30_000);
});
