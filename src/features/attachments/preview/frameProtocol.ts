/**
 * Messages between the app and the sandboxed preview frame. The frame has an opaque origin, so
 * the app posts with targetOrigin '*' (there is no other way to address it) and accepts only
 * messages whose source is that frame's window, with a known shape.
 */

/** App → frame. */
export type FrameCommand =
  | { type: 'image'; file: Blob; alt: string }
  /** `pdfjs` is pdf.js (an ES module); `worker` its worker as a classic script. */
  | { type: 'pdf'; file: Blob; pdfjs: Blob; worker: Blob }
  /** Show page `page` (1-based) at `zoom` × the frame's width; `label` names the page image. */
  | { type: 'view'; page: number; zoom: number; label: string };

/** Keys the frame hands to the app while it has focus (Escape closes, the others navigate). */
export const FRAME_KEYS = ['Escape', 'PageDown', 'PageUp', 'Home', 'End', '+', '-'] as const;
export type FrameKey = (typeof FRAME_KEYS)[number];

/** Frame → app. */
export type FrameEvent =
  | { type: 'ready' }
  | { type: 'loaded'; pageCount: number }
  /** A page (or the image: page 1 of 1) is on screen; `text` is the PDF page's text, if any. */
  | { type: 'rendered'; page: number; pageCount: number; text: string }
  | { type: 'failed' }
  | { type: 'key'; key: FrameKey };

const MAX_TEXT = 50_000;

/** Validates what came from the frame (code there may be hostile if pdf.js were subverted). */
export function toFrameEvent(data: unknown): FrameEvent | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1_000_000 ? v : null);
  switch (d.type) {
    case 'ready':
    case 'failed':
      return { type: d.type };
    case 'loaded': {
      const pageCount = count(d.pageCount);
      return pageCount === null ? null : { type: 'loaded', pageCount };
    }
    case 'rendered': {
      const page = count(d.page);
      const pageCount = count(d.pageCount);
      if (page === null || pageCount === null) return null;
      return { type: 'rendered', page, pageCount, text: typeof d.text === 'string' ? d.text.slice(0, MAX_TEXT) : '' };
    }
    case 'key':
      return (FRAME_KEYS as readonly unknown[]).includes(d.key) ? { type: 'key', key: d.key as FrameKey } : null;
    default:
      return null;
  }
}
