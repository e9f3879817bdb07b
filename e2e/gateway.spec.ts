import { expect, test } from '@playwright/test';

/**
 * Polling through the MK gateway: an unchanged list is revalidated with If-None-Match and
 * answered 304, so the poll moves no body over the network (the browser's HTTP cache hands the
 * app the stored answer).
 */
test('an unchanged mailbox list moves no body on the next poll (ETag → 304)', async ({ page }) => {
  // No page.route() here: Playwright turns the HTTP cache off while routing. So this test waits
  // for the app's own poll (every 15 s).
  test.setTimeout(60_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const listRequests = new Map<string, { url: string; ifNoneMatch?: string; status?: number; bytes?: number }>();
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const entry = listRequests.get(event.requestId);
    const header = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'if-none-match');
    if (entry && header) entry.ifNoneMatch = String(header[1]);
  });
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.includes('/api/sdk/messages?') && event.request.url.includes('recipientAttention')) {
      listRequests.set(event.requestId, { url: event.request.url });
    }
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    const entry = listRequests.get(event.requestId);
    if (entry) entry.status = event.statusCode;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const entry = listRequests.get(event.requestId);
    if (entry) entry.bytes = event.encodedDataLength;
  });

  await page.goto('/?as=anna');
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  const inbox = [...listRequests.values()].find((r) => r.status === 200)?.url;
  expect(inbox).toBeDefined();

  await expect
    .poll(() => [...listRequests.values()].filter((r) => r.url === inbox && r.status === 304).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const first = [...listRequests.values()].find((r) => r.url === inbox && r.status === 200);
  const revalidated = [...listRequests.values()].find((r) => r.url === inbox && r.status === 304);
  expect(revalidated?.ifNoneMatch).toMatch(/^"[^"]+"$/);
  // Headers only: far less than the first answer, which carried the list.
  expect(revalidated?.bytes ?? Infinity).toBeLessThan(1500);
  expect(first?.bytes ?? 0).toBeGreaterThan(3000);
  // The rows are still there.
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
});
