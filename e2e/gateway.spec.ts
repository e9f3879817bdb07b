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
  // CDP's events of one request may arrive in any order (extra info before the request):
  // collect each kind by request id and join them when asserting.
  const urls = new Map<string, string>();
  const ifNoneMatch = new Map<string, string>();
  const statuses = new Map<string, number>();
  const bytes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const header = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'if-none-match');
    if (header) ifNoneMatch.set(event.requestId, String(header[1]));
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => statuses.set(event.requestId, event.statusCode));
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  const listRequests = () =>
    [...urls]
      .filter(([, url]) => url.includes('/api/sdk/messages?') && url.includes('recipientAttention'))
      .map(([id, url]) => ({ url, ifNoneMatch: ifNoneMatch.get(id), status: statuses.get(id), bytes: bytes.get(id) }));

  await page.goto('/?as=anna');
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
  const inbox = listRequests().find((r) => r.status === 200)?.url;
  expect(inbox).toBeDefined();

  await expect
    .poll(() => listRequests().filter((r) => r.url === inbox && r.status === 304 && r.bytes !== undefined && r.ifNoneMatch !== undefined).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  const first = listRequests().find((r) => r.url === inbox && r.status === 200);
  const revalidated = listRequests().find((r) => r.url === inbox && r.status === 304 && r.bytes !== undefined && r.ifNoneMatch !== undefined);
  expect(revalidated?.ifNoneMatch).toMatch(/^"[^"]+"$/);
  // Headers only: far less than the first answer, which carried the list.
  expect(revalidated?.bytes ?? Infinity).toBeLessThan(1500);
  expect(first?.bytes ?? 0).toBeGreaterThan(3000);
  // The rows are still there.
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
});
