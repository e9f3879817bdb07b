/**
 * Inbox figures: what the inbox route costs to load, and how a 10 000-message mailbox behaves.
 *
 * - bundle: gzipped size of every JS and CSS file the browser loads from the app's origin until
 *   the first inbox rows show (the files are gzipped here from dist/, as a server would send them).
 * - big mailbox: time from the list response arriving (Resource Timing responseEnd) to the first
 *   painted rows (the animation frame after the first row is inserted), the number of row elements
 *   in the DOM, and the longest main-thread task while scrolling through the whole list.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { APP_ORIGIN } from '../ports';
import { benchContext } from './browser';

export interface BundleFigures {
  files: Array<{ path: string; gzipBytes: number }>;
  totalGzipBytes: number;
}

export async function measureInboxBundle(browser: Browser, distDir: string): Promise<BundleFigures> {
  const context = await benchContext(browser);
  const page = await context.newPage();
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    const type = response.request().resourceType();
    if (url.origin === APP_ORIGIN && (type === 'script' || type === 'stylesheet')) loaded.add(url.pathname);
  });
  await page.goto('/?as=anna');
  await page.locator('table tbody tr a').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();

  const files = await Promise.all(
    [...loaded].sort().map(async (path) => ({ path, gzipBytes: gzipSync(await readFile(`${distDir}${path}`), { level: 9 }).length })),
  );
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

export interface BigMailboxFigures {
  messages: number;
  dataToRowsMs: number;
  rowElements: number;
  rowElementsAfterScroll: number;
  longestScrollTaskMs: number;
  /** How many long tasks (over 50 ms) there were while scrolling. */
  scrollLongTasks: number;
  scrolledToEnd: boolean;
}

export async function measureBigMailbox(browser: Browser, mailboxPath: string, messages: number): Promise<BigMailboxFigures> {
  const context = await benchContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { mkLongTasks: Array<{ start: number; duration: number }>; mkFirstRowsPainted?: number };
    w.mkLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.mkLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('table tbody tr[aria-rowindex]')) return;
      observer.disconnect();
      requestAnimationFrame(() => (w.mkFirstRowsPainted = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  });
  // Sign in first (the IdP round trip is not part of the figure), then open the big mailbox fresh.
  await page.goto('/?as=anna');
  await page.locator('table tbody tr a').first().waitFor({ timeout: 60_000 });
  await page.goto(mailboxPath);
  await page.waitForFunction(() => (window as unknown as { mkFirstRowsPainted?: number }).mkFirstRowsPainted !== undefined, undefined, {
    timeout: 60_000,
  });
  const first = await page.evaluate((mailbox) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const list = entries.filter((e) => e.name.includes('/api/sdk/messages?') && decodeURIComponent(e.name).includes(mailbox));
    return {
      responseEnd: list.at(-1)?.responseEnd ?? Number.NaN,
      painted: (window as unknown as { mkFirstRowsPainted: number }).mkFirstRowsPainted,
      rows: document.querySelectorAll('table tbody tr[aria-rowindex]').length,
    };
  }, decodeURIComponent(mailboxPath.split('/')[2] ?? ''));

  // Scroll through the whole list, one screenful per frame, and watch for long tasks meanwhile.
  const scroll = await page.evaluate(async () => {
    const w = window as unknown as { mkLongTasks: Array<{ start: number; duration: number }> };
    const from = performance.now();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = -1;
    while (window.scrollY !== last) {
      last = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      await frame();
      await frame();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tasks = w.mkLongTasks.filter((t) => t.start >= from);
    const rows = [...document.querySelectorAll('table tbody tr[aria-rowindex]')];
    const lastRow = rows.at(-1)?.getAttribute('aria-rowindex') ?? null;
    const rowCount = document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount');
    return {
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      count: tasks.length,
      rows: rows.length,
      atEnd: lastRow !== null && lastRow === rowCount,
    };
  });
  await context.close();
  return {
    messages,
    dataToRowsMs: Math.round(first.painted - first.responseEnd),
    rowElements: first.rows,
    rowElementsAfterScroll: scroll.rows,
    longestScrollTaskMs: Math.round(scroll.longest),
    scrollLongTasks: scroll.count,
    scrolledToEnd: scroll.atEnd,
  };
}
