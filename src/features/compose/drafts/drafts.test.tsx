import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { createMemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FA } from '../../../../mocks/personas';
import { useMockService } from '../../../../mocks/testing';
import { AuthGate } from '../../../auth/AuthGate';
import { signOutEverywhere } from '../../../auth/signOut';
import { fakeAuthClient, oidcUserFor } from '../../../auth/testing/fakeAuthClient';
import { renderAuthRouter } from '../../../auth/testing/renderAuthRouter';
import { paths } from '../../../routes/paths';
import { renderCompose, type RenderComposeOptions } from '../testing/renderCompose';
import { DRAFTS_STORAGE_KEY, readStoredDrafts, useDraftStore } from './draftStore';
import { dropInvalidDrafts, simulatePageReload } from './draftSchema';
import { AUTOSAVE_DELAY_MS, useAutosave } from './useAutosave';

useMockService();

beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
  useDraftStore.setState({ drafts: {}, attachments: {} });
});
afterEach(() => {
  vi.useRealTimers();
});

type StoredDraft = { values: { label: string; text: string }; savedAt: string };
const storedDrafts = () => JSON.parse(window.sessionStorage.getItem(DRAFTS_STORAGE_KEY) ?? '{}') as Record<string, StoredDraft>;
const storedDraft = (label: string) => Object.values(storedDrafts()).find((d) => d.values.label === label);

/**
 * The composer tests run on fake timers that also follow real time (so the mock service, React
 * and Testing Library's polling work as usual), and move the clock past the autosave delay by
 * hand instead of waiting two real seconds.
 */
function renderWithFakeClock(options: RenderComposeOptions) {
  return renderCompose({ ...options, userEventOptions: { advanceTimers: (ms) => vi.advanceTimersByTime(ms) } });
}

/** Lets the autosave delay pass on the fake clock. */
async function waitOutAutosave() {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
  });
}

/** The fake-clock time of the last keystroke in the page (for "saved two seconds after typing stops"). */
function watchLastInput() {
  let at = Number.NaN;
  const onInput = () => {
    at = Date.now();
  };
  document.addEventListener('input', onInput, true);
  return {
    at: () => at,
    stop: () => document.removeEventListener('input', onInput, true),
  };
}

async function startComposer(route = paths.compose(FA.malmoBarnUnga)) {
  const result = renderWithFakeClock({ route });
  await screen.findByRole('heading', { level: 1 });
  return result;
}

/** Types a draft and lets it autosave; checks that it is saved about two seconds after typing stops, not before. */
async function writeDraft(label: string, text = 'Konfidentiell text') {
  const result = await startComposer();
  const lastInput = watchLastInput();
  await result.user.type(screen.getByLabelText('Rubrik'), label);
  await result.user.type(screen.getByRole('textbox', { name: 'Meddelande' }), text);
  lastInput.stop();
  // Typing has just stopped: not saved yet.
  expect(screen.getByText('Sparar utkastet…')).toBeInTheDocument();
  expect(storedDraft(label)).toBeUndefined();

  await waitOutAutosave();
  await waitFor(() => expect(storedDraft(label)).toBeDefined());
  // Both times are read from the same (fake) clock, so a busy machine cannot skew the delay.
  const delay = Date.parse(storedDraft(label)?.savedAt ?? '') - lastInput.at();
  expect(delay).toBeGreaterThanOrEqual(AUTOSAVE_DELAY_MS);
  expect(delay).toBeLessThan(AUTOSAVE_DELAY_MS + 500);
  expect(screen.getByText(/^Utkastet sparades/)).toBeInTheDocument();
  return result;
}

describe('useAutosave', () => {
  it('saves about two seconds after the last change, and each change restarts the wait', () => {
    vi.useFakeTimers();
    const save = vi.fn<() => void>();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.changed());
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100));
    act(() => result.current.changed());
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 100));
    expect(save).not.toHaveBeenCalled();
    expect(result.current.pending).toBe(true);
    act(() => vi.advanceTimersByTime(100));
    expect(save).toHaveBeenCalledTimes(1);
    expect(result.current.pending).toBe(false);
    expect(AUTOSAVE_DELAY_MS).toBe(2000);
  });

  it('flushes at once when the page is hidden or unloaded, and on unmount', () => {
    vi.useFakeTimers();
    const save = vi.fn<() => void>();
    const { result, unmount } = renderHook(() => useAutosave(save));
    act(() => result.current.changed());
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(save).toHaveBeenCalledTimes(1);
    act(() => result.current.changed());
    unmount();
    expect(save).toHaveBeenCalledTimes(2);
  });
});

describe('drafts', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  it('autosaves to this tab’s sessionStorage (never localStorage) and the URL names the draft', async () => {
    const { location } = await writeDraft('Utkast ett', 'Hemlig text om Tolvan');
    const [id, draft] = Object.entries(storedDrafts())[0] ?? [];
    expect(draft?.values.text).toBe('Hemlig text om Tolvan');
    expect(window.localStorage.length).toBe(0);
    expect(location().pathname).toBe(paths.compose(FA.malmoBarnUnga));
    await waitFor(() => expect(location().search).toBe(`?utkast=${id}`));
  });

  it('survives a reload: text back, and lost attachments are named', async () => {
    const first = await startComposer();
    await first.user.type(screen.getByLabelText('Rubrik'), 'Med bilaga');
    await first.user.upload(screen.getByTestId('attachment-input'), new File(['%PDF-1.4\n%%EOF\n'], 'utredning.pdf', { type: 'application/pdf' }));
    await screen.findByText('utredning.pdf');
    expect(storedDrafts()).toEqual({});
    await waitOutAutosave();
    await waitFor(() => expect(Object.values(storedDrafts())[0]).toMatchObject({ attachmentNames: [{ fileName: 'utredning.pdf' }] }));
    await waitFor(() => expect(first.location().search).toMatch(/^\?utkast=/));
    const url = `${first.location().pathname}${first.location().search}`;
    first.unmount();

    simulatePageReload();
    await startComposer(url);
    expect(screen.getByLabelText('Rubrik')).toHaveValue('Med bilaga');
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('Bilagan finns inte kvar efter att sidan laddades om. Lägg till den igen:');
    expect(within(notice).getByText('utredning.pdf')).toBeInTheDocument();
  });

  it('keeps the attachments in memory when the composer is left and opened again without a reload', async () => {
    const first = await startComposer();
    await first.user.type(screen.getByLabelText('Rubrik'), 'Bilaga i minnet');
    await first.user.upload(screen.getByTestId('attachment-input'), new File(['%PDF-1.4\n%%EOF\n'], 'minne.pdf', { type: 'application/pdf' }));
    await screen.findByText('minne.pdf');
    await waitOutAutosave();
    await waitFor(() => expect(first.location().search).toMatch(/^\?utkast=/));
    const url = `${first.location().pathname}${first.location().search}`;
    first.unmount();
    await startComposer(url);
    expect(screen.getByText('minne.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('survives an expired session and a new sign-in through the IdP in the same tab', async () => {
    const { unmount } = await writeDraft('Före utgången session');
    unmount();
    // The session has expired and cannot be renewed: the gate sends the user to the IdP …
    const client = fakeAuthClient(oidcUserFor('anna', { expired: true, refreshToken: null }));
    const router = createMemoryRouter([{ path: '*', element: <AuthGate>{() => <p>Inloggad</p>}</AuthGate> }], {
      initialEntries: [paths.drafts(FA.malmoBarnUnga)],
    });
    renderAuthRouter(client, router);
    await waitFor(() => expect(client.signinRedirect).toHaveBeenCalledTimes(1));
    expect(client.removeUser).toHaveBeenCalled();
    // … and the tab comes back signed in: a fresh page load reads the drafts back.
    simulatePageReload();
    expect(Object.values(useDraftStore.getState().drafts).map((d) => d.values.label)).toEqual(['Före utgången session']);
  });

  it('an explicit sign-out removes every draft, in memory and in sessionStorage', async () => {
    const { unmount } = await writeDraft('Ska bort vid utloggning');
    unmount();
    const client = fakeAuthClient(oidcUserFor('anna'));
    await signOutEverywhere({ client, queryClient: new QueryClient(), onIdpUnreachable: () => undefined });
    expect(useDraftStore.getState().drafts).toEqual({});
    expect(window.sessionStorage.getItem(DRAFTS_STORAGE_KEY)).toBeNull();
    simulatePageReload();
    expect(useDraftStore.getState().drafts).toEqual({});
  });

  it('drops a stored draft that does not parse in full before a page shows one, never the others', async () => {
    (await writeDraft('Helt utkast')).unmount();
    (await writeDraft('Trasigt utkast')).unmount();
    const stored = storedDrafts();
    const broken = Object.values(stored).find((d) => d.values.label === 'Trasigt utkast');
    Object.assign(broken?.values ?? {}, { text: 42 });
    window.sessionStorage.setItem(DRAFTS_STORAGE_KEY, JSON.stringify(stored));
    const labels = () => Object.values(useDraftStore.getState().drafts).map((d) => d.values.label);

    // Start-up reads only what the drafts link's count needs …
    useDraftStore.setState({ drafts: readStoredDrafts(), attachments: {} });
    expect(labels()).toHaveLength(2);
    // … and the composer and the drafts page check the rest once they load.
    dropInvalidDrafts();
    expect(labels()).toEqual(['Helt utkast']);

    simulatePageReload();
    renderWithFakeClock({ route: paths.drafts(FA.malmoBarnUnga) });
    const table = await screen.findByRole('table', { name: /Utkast i/ });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('link', { name: 'Öppna utkastet \u2068Helt utkast\u2069' })).toBeInTheDocument();
  });

  it('lists several drafts per mailbox and deletes one after confirmation', async () => {
    (await writeDraft('Första utkastet')).unmount();
    (await writeDraft('Andra utkastet')).unmount();
    const { user } = renderWithFakeClock({ route: paths.drafts(FA.malmoBarnUnga) });
    const table = await screen.findByRole('table', { name: /Utkast i/ });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('link', { name: 'Öppna utkastet \u2068Första utkastet\u2069' })).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Ta bort utkastet \u2068Andra utkastet\u2069' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ta bort utkastet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Behåll' }));
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.click(within(table).getByRole('button', { name: 'Ta bort utkastet \u2068Andra utkastet\u2069' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Ta bort utkastet' }));
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('Utkastet ”\u2068Andra utkastet\u2069” togs bort.')).toBeInTheDocument();
    expect(Object.values(storedDrafts()).map((d) => d.values.label)).toEqual(['Första utkastet']);
  });

  it('shows only the signed-in user’s drafts of the mailbox', async () => {
    (await writeDraft('Annas utkast')).unmount();
    renderWithFakeClock({ route: paths.drafts(FA.malmoBarnUnga), user: { subject: 'someone-else' } });
    expect(await screen.findByText('Du har inga utkast i den här funktionsbrevlådan.')).toBeInTheDocument();
  });

  it('opens a draft from the list with everything typed', async () => {
    (await writeDraft('Öppna mig', 'Texten finns kvar')).unmount();
    const { user } = renderWithFakeClock({ route: paths.drafts(FA.malmoBarnUnga) });
    await user.click(await screen.findByRole('link', { name: 'Öppna utkastet \u2068Öppna mig\u2069' }));
    expect(await screen.findByLabelText('Rubrik')).toHaveValue('Öppna mig');
    expect(screen.getByRole('textbox', { name: 'Meddelande' })).toHaveValue('Texten finns kvar');
  });

  it('asks before leaving with unsaved changes; "Stanna kvar" stays, "Spara utkastet och lämna" saves', async () => {
    const { user, location } = await startComposer();
    await user.type(screen.getByLabelText('Rubrik'), 'Lämna inte');
    // Within the autosave delay: the change is not saved yet.
    await user.click(screen.getByRole('link', { name: 'Alla utkast' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Lämna meddelandet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    expect(location().pathname).toBe(paths.compose(FA.malmoBarnUnga));
    expect(screen.getByLabelText('Rubrik')).toHaveValue('Lämna inte');

    await user.type(screen.getByLabelText('Rubrik'), '!');
    await user.click(screen.getByRole('link', { name: 'Alla utkast' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Spara utkastet och lämna' }));
    await waitFor(() => expect(location().pathname).toBe(paths.drafts(FA.malmoBarnUnga)));
    expect(await screen.findByRole('link', { name: 'Öppna utkastet \u2068Lämna inte!\u2069' })).toBeInTheDocument();
  });

  it('does not ask when everything is saved', async () => {
    const { user, location } = await writeDraft('Allt sparat');
    await user.click(screen.getByRole('link', { name: 'Alla utkast' }));
    await waitFor(() => expect(location().pathname).toBe(paths.drafts(FA.malmoBarnUnga)));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks the browser before a reload while attachments would be lost', async () => {
    const { user } = await startComposer();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await user.upload(screen.getByTestId('attachment-input'), new File(['%PDF-1.4\n%%EOF\n'], 'a.pdf', { type: 'application/pdf' }));
    await screen.findByText('a.pdf');
    expect(unload()).toBe(true);
  });
});
