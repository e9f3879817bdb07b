/**
 * Shared HTML building blocks of the local IdP's pages: escaping, one page layout with inline
 * styles (no external assets), and the Content-Security-Policy that goes with it.
 */
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML content and in double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

// Colours chosen for ≥ 4.5:1 contrast on white (#1b1b1b text, #0b4f8a links/buttons, #8a1c1c errors).
const STYLES = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1rem;line-height:1.5;color:#1b1b1b;background:#f4f5f7}
main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;border:1px solid #c9ccd1;border-radius:.5rem}
h1{font-size:1.5rem;margin:0 0 1rem}
.dev-note{background:#fff4d6;border-left:.25rem solid #7a5800;padding:.5rem .75rem;margin:0 0 1.25rem}
.notice{background:#fde8e8;border-left:.25rem solid #8a1c1c;padding:.5rem .75rem;margin:0 0 1.25rem}
ul.personas{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
button{font:inherit;cursor:pointer}
.persona{width:100%;text-align:left;padding:.75rem 1rem;background:#fff;color:#1b1b1b;border:2px solid #0b4f8a;border-radius:.375rem}
.persona:hover{background:#e8f1fa}
.persona-name{display:block;font-weight:600;color:#0b4f8a}
.persona-description{display:block}
.primary{padding:.6rem 1.2rem;background:#0b4f8a;color:#fff;border:2px solid #0b4f8a;border-radius:.375rem;font-weight:600}
a{color:#0b4f8a}
button:focus-visible,a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
`;

export interface PageOptions {
  title: string;
  /** Already escaped HTML of the content inside <main>. */
  body: string;
  /** Inline scripts; their hashes go into the CSP so nothing else may run. */
  scripts?: string[];
}

export interface RenderedPage {
  html: string;
  csp: string;
}

export function renderPage({ title, body, scripts = [] }: PageOptions): RenderedPage {
  const scriptTags = scripts.map((s) => `<script>${s}</script>`).join('');
  const scriptSrc = scripts.length
    ? scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`).join(' ')
    : "'none'";
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${scriptSrc}`,
    "img-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
  const html = `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
${body}
</main>
${scriptTags}
</body>
</html>`;
  return { html, csp };
}
