// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { PERSONAS } from '../personas';
import { chooserPage, errorPage, logoutPage, signedOutPage } from './pages';
import type { RenderedPage } from './html';

/** Loads a page into the jsdom document (scripts removed: jsdom must not run them). */
function load(page: RenderedPage): void {
  const parsed = new DOMParser().parseFromString(page.html.replace(/<script>[^<]*<\/script>/g, ''), 'text/html');
  document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
}

async function wcagViolations(page: RenderedPage): Promise<string[]> {
  load(page);
  const result = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    // jsdom has no layout or canvas, so contrast cannot be measured here (the e2e run in Chromium can).
    rules: { 'color-contrast': { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

const pages: Record<string, RenderedPage> = {
  chooser: chooserPage({ personas: PERSONAS, action: '/interaction/x/login' }),
  'chooser with notice': chooserPage({ personas: PERSONAS, action: '/interaction/x/login', unknownHint: 'okänd' }),
  logout: logoutPage('<form id="op.logoutForm" method="post" action="/session/end/confirm"><input type="hidden" name="xsrf" value="x"/></form>'),
  'signed out': signedOutPage('http://localhost:5173'),
  error: errorPage({ error: 'invalid_request', error_description: 'bad <b>input</b>' }, 'http://localhost:5173'),
};

describe('IdP pages', () => {
  it('the axe check finds a real violation', async () => {
    const broken = chooserPage({ personas: PERSONAS, action: '/x' });
    expect(await wcagViolations({ ...broken, html: broken.html.replace(' lang="sv"', '') })).not.toEqual([]);
  });

  it.each(Object.keys(pages))('%s page has no WCAG 2.1 A/AA violations found by axe', async (name) => {
    expect(await wcagViolations(pages[name] as RenderedPage)).toEqual([]);
  });

  it('chooser offers one submit button per persona, named by name and description', () => {
    load(pages.chooser as RenderedPage);
    expect(document.documentElement.lang).toBe('sv');
    expect(document.querySelector('main h1')?.textContent).toBe('Logga in – lokal testinloggning');
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('form[method="post"] button[type="submit"]')];
    expect(buttons.map((b) => b.value)).toEqual(PERSONAS.map((p) => p.id));
    expect(buttons[0]?.textContent).toContain(PERSONAS[0]?.description);
  });

  it('escapes values and allows only the page\'s own inline script', () => {
    const error = pages.error as RenderedPage;
    expect(error.html).toContain('bad &lt;b&gt;input&lt;/b&gt;');
    expect(error.csp).toContain("script-src 'none'");
    const logout = pages.logout as RenderedPage;
    expect(logout.csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(logout.html).toContain('<input type="hidden" name="logout" value="yes">');
  });
});
