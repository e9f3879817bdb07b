/** Chromium for the benchmark: Debian's binary, and contexts ready for page.evaluate from tsx. */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { APP_ORIGIN } from '../ports';

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(fn, "name")`; functions handed to
 * page.evaluate are serialised with that call in them, so the page needs a no-op __name.
 */
export async function benchContext(browser: Browser, options: { viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: APP_ORIGIN, ...options });
  await context.addInitScript({ content: 'window.__name = (fn) => fn;' });
  return context;
}
