/**
 * Test helpers for the list, read-state and shortcut tests: the pieces of the signed-in app
 * around a mailbox list (switcher, global shortcuts, list routes, settings) and a stand-in
 * message page that marks the message read as the real one does, with a clean browser storage
 * and clean stores before each test.
 */
import { Outlet, Route, Routes, useParams } from 'react-router';
import { beforeEach, vi } from 'vitest';
import { resetAllStores } from '../auth/resetRegistry';
import { routePatterns } from '../routes/paths';
import { MailboxSwitcher } from '../features/mailboxes/MailboxSwitcher';
import { ReadToggleButton } from '../features/readState/ReadToggleButton';
import { useMarkReadOnOpen } from '../features/readState/useMarkReadOnOpen';
import { DEFAULT_PREFERENCES, usePreferences } from '../features/preferences/preferencesStore';
import { SettingsPage } from '../features/settings/SettingsPage';
import { GlobalShortcuts } from '../features/shortcuts/GlobalShortcuts';
import { ShortcutHelpButton } from '../features/shortcuts/ShortcutHelpButton';
import { MailboxPage } from '../pages/MailboxPage';

/** Call at the top level of a test file. */
export function useCleanBrowserState(): void {
  beforeEach(() => {
    resetAllStores();
    usePreferences.setState({ ...DEFAULT_PREFERENCES });
    window.localStorage.clear();
    document.title = 'SDK Meddelandeklient';
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    emulateWindowScroll();
  });
}

/** The message page as far as these tests need it: heading, mark read, mark unread. */
export function StandInMessagePage() {
  const { messageId = '' } = useParams();
  useMarkReadOnOpen(messageId);
  return (
    <div>
      <h1>Meddelande {messageId}</h1>
      <ReadToggleButton messageId={messageId} />
    </div>
  );
}

export function ComposeStandIn() {
  return <h1>Nytt meddelande</h1>;
}

/** Mailbox navigation, global shortcuts and the list routes, as the signed-in layout has them. */
export function ListTestApp() {
  return (
    <Routes>
      <Route element={<TestLayout />}>
        <Route path={routePatterns.inbox} element={<MailboxPage view="inbox" />} />
        <Route path={routePatterns.sent} element={<MailboxPage view="sent" />} />
        <Route path={routePatterns.message} element={<StandInMessagePage />} />
        <Route path={routePatterns.compose} element={<ComposeStandIn />} />
        <Route path={routePatterns.settings} element={<SettingsPage />} />
      </Route>
    </Routes>
  );
}

function TestLayout() {
  return (
    <>
      <header>
        <ShortcutHelpButton />
      </header>
      <GlobalShortcuts />
      <nav aria-label="Funktionsbrevlådor">
        <MailboxSwitcher />
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

export { fillInbox } from '../../mocks/testing/fillInbox';

/**
 * jsdom has no scrolling: window.scrollTo moves window.scrollY and fires 'scroll', which is
 * all the list's virtualiser listens to.
 */
export function emulateWindowScroll(): { scrollTo(top: number): void } {
  // Like a browser: no event when nothing moves, and the event comes after the call returns.
  const scrollTo = (top: number) => {
    const next = Math.max(0, Math.round(top));
    if (next === window.scrollY) return;
    Object.defineProperty(window, 'scrollY', { value: next, configurable: true });
    setTimeout(() => window.dispatchEvent(new Event('scroll')), 0);
  };
  // A page tall enough for any list (jsdom lays nothing out, so it reports 0).
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, get: () => 10_000_000 });
  vi.spyOn(window, 'scrollTo').mockImplementation(((options?: ScrollToOptions | number, y?: number) => {
    scrollTo(typeof options === 'number' ? (y ?? 0) : (options?.top ?? 0));
  }) as typeof window.scrollTo);
  return { scrollTo };
}
