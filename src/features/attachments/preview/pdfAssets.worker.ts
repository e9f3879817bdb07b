/// <reference lib="webworker" />
/**
 * Web Worker: fetches pdf.js and its worker from our origin and prepares them for the preview
 * frame (see pdfAssetSource.ts), so that decoding 1.5 MB of script text and building the Blobs
 * never happens on the page's main thread.
 */
import { toClassicWorkerSource, withoutDevServerPrelude } from './pdfAssetSource';

const scope = self as unknown as DedicatedWorkerGlobalScope;

export interface PdfAssetsRequest {
  pdfjsUrl: string;
  workerUrl: string;
}

export type PdfAssetsReply = { ok: true; pdfjs: Blob; worker: Blob } | { ok: false; error: string };

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
  return withoutDevServerPrelude(await response.text());
}

scope.onmessage = async (event: MessageEvent<PdfAssetsRequest>) => {
  let reply: PdfAssetsReply;
  try {
    const [pdfjs, worker] = await Promise.all([fetchText(event.data.pdfjsUrl), fetchText(event.data.workerUrl)]);
    reply = {
      ok: true,
      pdfjs: new Blob([pdfjs], { type: 'text/javascript' }),
      worker: new Blob([toClassicWorkerSource(worker)], { type: 'text/javascript' }),
    };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
