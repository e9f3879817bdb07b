import { AxeBuilder } from '@axe-core/playwright';
import { expect, type APIRequestContext, type APIResponse, type Page } from '@playwright/test';
import { SDK_SCOPES, SYSTEM_CLIENT } from '../mocks/personas';
import { IDP_ISSUER, MT_SIM_ORIGIN } from '../scripts/ports';

/** Runs axe on the current page and fails with a readable list of WCAG 2.1 A/AA violations. */
/** A minimal valid one-page PDF, for attaching in the composer. */
export const SMALL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** Everything the app may have left in the browser's storage for this origin. */
export async function storedAppData(page: Page): Promise<{ local: string[]; session: string[]; caches: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(window.localStorage),
    session: Object.keys(window.sessionStorage),
    caches: 'caches' in window ? await window.caches.keys() : [],
  }));
}

/** A client-credentials token, as an MK backend acting for Malmö's function mailboxes gets it. */
export async function systemToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${IDP_ISSUER}/token`, {
    form: { grant_type: 'client_credentials', scope: SDK_SCOPES.join(' ') },
    headers: {
      authorization: `Basic ${Buffer.from(`${SYSTEM_CLIENT.clientId}:${SYSTEM_CLIENT.clientSecret}`).toString('base64')}`,
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).access_token as string;
}

/** Posts a message to the simulator as the MK backend (client credentials), as Malmö's system would. */
export async function postAsSystem(request: APIRequestContext, attributes: Record<string, unknown>): Promise<APIResponse> {
  return request.post(`${MT_SIM_ORIGIN}/api/sdk/messages`, {
    headers: { authorization: `Bearer ${await systemToken(request)}` },
    data: { data: { type: 'messages', attributes } },
  });
}
