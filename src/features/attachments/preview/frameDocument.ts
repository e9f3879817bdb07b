/**
 * The sandboxed preview frame's document (srcdoc). Its only content is our own viewer script
 * (frameMain) and a little CSS; the file itself arrives later by postMessage, so nothing from a
 * message is ever part of this markup.
 *
 * The frame is sandboxed with allow-scripts ONLY (never allow-same-origin): it gets an opaque
 * origin, so it cannot read the app's storage, cookies or DOM, nor call the API as the user.
 * Its CSP allows nothing by default: scripts only with this document's nonce or from blob: URLs
 * the frame made itself (pdf.js), workers from blob:, images from blob:/data:, styles with the
 * nonce — no connect-src, so no fetch/XHR/WebSocket, no fonts or frames from anywhere.
 */
import { frameMain } from './frameMain';

export const PREVIEW_SANDBOX = 'allow-scripts';

export function previewCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' blob:`,
    'worker-src blob:',
    'img-src blob: data:',
    `style-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A fresh random nonce per frame document. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: #e9ecef; color: #1b1f24; font: 100%/1.5 system-ui, sans-serif; }
#stage { display: flex; justify-content: center; padding: 8px; min-height: 100%; box-sizing: border-box; }
#stage canvas, #stage img { display: block; flex: none; background: #fff; box-shadow: 0 0 0 1px #6b7480; }
`;

export interface FrameDocumentOptions {
  nonce: string;
  /** The app's language, e.g. 'sv'. */
  lang: string;
  /** The frame document's title (our text, never a file name). */
  title: string;
}

export function previewFrameDocument({ nonce, lang, title }: FrameDocumentOptions): string {
  const script = `(${frameMain.toString()})();`;
  if (/<\/script/i.test(script)) throw new Error('The viewer script cannot be embedded');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(nonce))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style nonce="${escapeHtml(nonce)}">${FRAME_CSS}</style>`,
    '</head>',
    '<body>',
    '<main id="stage"></main>',
    `<script nonce="${escapeHtml(nonce)}">${script}</script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
