/**
 * The mock service in the browser demo (MSW service worker). Loaded only through a dynamic
 * import when config.json enables the mock, so none of this reaches a production bundle's
 * start-up path.
 *
 * The app's API is answered by the real MK gateway running in this page
 * (inProcessGateway/browserGateway.ts: registry in PGlite, the world below as its message
 * service), so grants from the registry, shared-mailbox handling and the consoles work without
 * a server. Only the simulator's development controls (`__sim/…`) go to the world directly.
 *
 * The world lives in sessionStorage (never localStorage: message content must not outlive the
 * tab), saved after every change, so the sign-in redirect does not lose sent messages.
 */
import { setupWorker } from 'msw/browser';
import { createSimClock } from './clock';
import { simControlRoutes } from './handlers/simControlRoutes';
import { createMockWorld, restoreMockWorld, type MockWorld } from './world';

export const BROWSER_WORLD_STORAGE_KEY = 'sdk-mk-demo-mock-world';

export interface BrowserMockOptions {
  apiBaseUrl: string;
  issuer: string;
  /** Speed of the simulated clock for a new world (default 1 = real time). */
  clockSpeed?: number;
}

export async function startBrowserMock(options: BrowserMockOptions): Promise<{ reset(): void }> {
  const world = loadWorld(options.clockSpeed ?? 1);

  const save = () => saveWorld(world);
  // One save per burst of changes (a settle that delivers N messages changes the store 2N times,
  // and each save copies the whole world, attachments included).
  let saveQueued = false;
  world.onChange(() => {
    if (saveQueued) return;
    saveQueued = true;
    queueMicrotask(() => {
      saveQueued = false;
      save();
    });
  });
  window.addEventListener('pagehide', save);

  const { startBrowserGateway } = await import('./inProcessGateway/browserGateway');
  const { ready, handlers } = startBrowserGateway({ apiBaseUrl: options.apiBaseUrl, issuer: options.issuer, world });
  const worker = setupWorker(...simControlRoutes(options.apiBaseUrl.replace(/\/+$/, ''), world), ...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  save();

  return {
    reset() {
      world.reset();
      sessionStorage.removeItem(BROWSER_WORLD_STORAGE_KEY);
      void ready.then((gateway) => gateway.reset());
    },
  };
}

function loadWorld(clockSpeed: number): MockWorld {
  const saved = sessionStorage.getItem(BROWSER_WORLD_STORAGE_KEY);
  if (saved !== null) {
    try {
      return restoreMockWorld(JSON.parse(saved));
    } catch {
      // From an older version or damaged: start over rather than fail the demo.
      sessionStorage.removeItem(BROWSER_WORLD_STORAGE_KEY);
    }
  }
  return createMockWorld({ clock: createSimClock({ speed: clockSpeed }) });
}

function saveWorld(world: MockWorld): void {
  try {
    sessionStorage.setItem(BROWSER_WORLD_STORAGE_KEY, JSON.stringify(world.snapshot()));
  } catch {
    // Quota exceeded (very large attachments): the demo keeps working, only without persistence.
  }
}
