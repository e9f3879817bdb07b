/**
 * pdf.js for the sandboxed preview frame, fetched from our own origin as plain files (Vite
 * `?url`: copied as assets in the build, served by the dev server in dev) and handed to the
 * frame as Blobs. pdf.js is therefore never parsed or run in the app's own window, it is loaded
 * only when a PDF preview is opened (it is in no app bundle), and the fetching and preparing
 * happen in a worker (pdfAssets.worker.ts), off the page's main thread.
 */
// Vite's `?url` imports give the asset's URL as default export (typed by vite/client).
// oxlint-disable-next-line import/default
import pdfjsUrl from 'pdfjs-dist/build/pdf.min.mjs?url';
// oxlint-disable-next-line import/default
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfAssetsReply, PdfAssetsRequest } from './pdfAssets.worker';

export interface PdfAssets {
  /** pdf.js itself: an ES module without imports (it sets globalThis.pdfjsLib). */
  pdfjs: Blob;
  /** pdf.js's worker, rewritten as a classic script. */
  worker: Blob;
}

function prepare(): Promise<PdfAssets> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pdfAssets.worker.ts', import.meta.url), { type: 'module', name: 'pdf-assets' });
    worker.onmessage = (event: MessageEvent<PdfAssetsReply>) => {
      worker.terminate();
      if (event.data.ok) resolve({ pdfjs: event.data.pdfjs, worker: event.data.worker });
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The pdf.js loader failed: ${event.message || 'unknown error'}`));
    };
    const origin = window.location.href;
    worker.postMessage({
      pdfjsUrl: new URL(pdfjsUrl, origin).href,
      workerUrl: new URL(pdfWorkerUrl, origin).href,
    } satisfies PdfAssetsRequest);
  });
}

let assets: Promise<PdfAssets> | null = null;

/** Loads (once per page load) pdf.js and its worker for the preview frame. */
export function loadPdfAssets(): Promise<PdfAssets> {
  assets ??= prepare().catch((error: unknown) => {
    assets = null; // let a later preview try again
    throw error;
  });
  return assets;
}
