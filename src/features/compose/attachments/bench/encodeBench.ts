/**
 * Benchmark, run inside Chromium (never part of the app bundle: only the bench page imports
 * it; see e2e/encodeBench.ts for the driver). Measures, on the same 25 MB of bytes in the same
 * run:
 *   nativeToBase64Ms   Uint8Array.prototype.toBase64 on the main thread (the reference)
 *   encodeMs           encodeAttachments(): the composer's path (Web Worker, warm), with the
 *                      worker's own split: waiting for the File's bytes, encoding, making the Blob
 *   readFileMs         only reading the File's 25 MB into memory (file.arrayBuffer() on the
 *                      page): a floor that the full path cannot go below, unlike the baseline
 *   messageMs          encodeAttachments() + the sendMessage request body (prepareMessageBody),
 *                      i.e. the attachment encoded into the outgoing message, ready for fetch
 *   longestTaskMs      the longest main-thread task meanwhile: PerformanceObserver 'longtask'
 *                      (≥ 50 ms; 0 when none) and the largest gap of a 0 ms timer chain (which
 *                      also sees tasks under 50 ms)
 *   peakHeapBytes      the main thread's peak used JS heap during messageMs (performance.memory;
 *                      precise with --enable-precise-memory-info), with the baseline after GC
 * Medians of `runs` runs (5); heap and tasks over all runs.
 */
import { nativeToBase64 } from '../../../../sdk/base64Encode';
import { prepareMessageBody } from '../../sending/serializeBody';
import type { CreateMessageRequest } from '../../../../sdk/model';
import { encodeAttachments, prewarmEncoder } from '../encodeAttachments';
import { releaseContents } from '../encodedContent';
import type { EncodeTimings } from '../encodeFiles';
import type { DraftAttachment } from '../types';

export interface EncodeBenchFigures {
  fileBytes: number;
  nativeToBase64Ms: number | null;
  /** Inside the worker (medians): waiting for the File's bytes, encoding, making the Blob. */
  workerReadMs: number;
  workerEncodeMs: number;
  workerBlobMs: number;
  /** workerEncodeMs / nativeToBase64Ms: the encoder itself against the engine's. */
  encoderRatioToNative: number | null;
  encodeMs: number;
  messageMs: number;
  /** messageMs / nativeToBase64Ms (goal ≤ 1.5). */
  ratioToNative: number | null;
  /** The same path with toBase64 + TextEncoder.encodeInto in the worker instead of the table encoder. */
  nativeInWorkerMs: number;
  /** file.arrayBuffer() of the same File on the page: reading alone. */
  readFileMs: number;
  longestTaskMs: number;
  longTasks: number;
  maxTimerGapMs: number;
  baselineHeapBytes: number | null;
  peakHeapBytes: number | null;
  /** (peak − baseline) / file size (goal ≤ 4). */
  peakHeapOverFile: number | null;
  /** peak / file size. */
  peakHeapTotalOverFile: number | null;
}

interface MemoryInfo {
  usedJSHeapSize: number;
}

const heapUsed = (): number | null => (performance as unknown as { memory?: MemoryInfo }).memory?.usedJSHeapSize ?? null;
const gc = (): void => (globalThis as unknown as { gc?: () => void }).gc?.();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function randomPdfBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65_536)));
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

function draftOf(file: File): DraftAttachment {
  return { id: 'bench', file, fileName: file.name, declaredType: file.type, detectedType: file.type, contentType: file.type, size: file.size, status: 'ready' };
}

function requestWith(files: Array<{ fileName: string; contentType: string; content: string }>): CreateMessageRequest {
  return {
    data: {
      type: 'messages',
      attributes: {
        messageId: crypto.randomUUID(),
        label: 'Benchmark',
        confidentiality: false,
        sender: '0203:malmo.se',
        recipient: '0203:lund.se',
        digitalDocument: [{ documentId: 'doc-1', contentTextBody: ['Bilaga'], contentFiles: files }],
      },
    },
  };
}

/** Samples heap and event-loop gaps with a 0 ms timer chain until stopped. */
function startSampler() {
  let peak = heapUsed() ?? 0;
  let maxGap = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    peak = Math.max(peak, heapUsed() ?? 0);
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return {
    sample: () => {
      peak = Math.max(peak, heapUsed() ?? 0);
    },
    stop: () => {
      running = false;
      return { peak, maxGap };
    },
  };
}

export async function runEncodeBenchmark(options: { fileBytes?: number; runs?: number } = {}): Promise<EncodeBenchFigures> {
  const fileBytes = options.fileBytes ?? 25 * 1024 * 1024;
  const runs = options.runs ?? 5;
  const bytes = randomPdfBytes(fileBytes);
  const file = new File([bytes.slice()], 'bench.pdf', { type: 'application/pdf' });
  const attachment = draftOf(file);
  const never = new AbortController().signal;

  // Warm up: the worker's script is loaded and its code compiled, as when the composer has a file.
  prewarmEncoder();
  await encodeAttachments([draftOf(new File([bytes.subarray(0, 3 * 1024 * 1024).slice()], 'w.pdf', { type: 'application/pdf' }))], () => undefined, never);

  const native = nativeToBase64();
  const nativeTimes: number[] = [];
  if (native) {
    native(bytes.subarray(0, 3 * 1024 * 1024)); // warm
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      native(bytes);
      nativeTimes.push(performance.now() - t0);
      await pause(50);
    }
  }

  const readTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await file.arrayBuffer();
    readTimes.push(performance.now() - t0);
    await pause(50);
  }

  const nativeInWorkerTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const viaNative = await encodeAttachments([attachment], () => undefined, never, { useNative: true });
    nativeInWorkerTimes.push(performance.now() - t0);
    releaseContents(viaNative.map((f) => f.content)); // as a finished send does
    gc(); // and the Blobs go: Chromium pages blobs to disk once too many are held
    await pause(50);
  }

  gc();
  await pause(100);
  const baselineHeap = heapUsed();
  const longTasks: number[] = [];
  const observer =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('longtask')
      ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)))
      : null;
  observer?.observe({ type: 'longtask', buffered: false });
  const sampler = startSampler();

  const encodeTimes: number[] = [];
  const messageTimes: number[] = [];
  const worker: EncodeTimings[] = [];

  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const files = await encodeAttachments([attachment], () => sampler.sample(), never, { onTimings: (t) => worker.push(t) });
    const t1 = performance.now();
    sampler.sample();
    const body = await prepareMessageBody(requestWith(files));
    const t2 = performance.now();
    sampler.sample();
    encodeTimes.push(t1 - t0);
    messageTimes.push(t2 - t0);
    if (typeof body === 'string' ? body.length === 0 : body.size === 0) throw new Error('empty body');
    releaseContents(files.map((f) => f.content));
    await pause(50);
  }

  await pause(100); // let the last long task entries arrive
  const { peak, maxGap } = sampler.stop();
  observer?.disconnect();

  const nativeMs = nativeTimes.length > 0 ? median(nativeTimes) : null;
  const messageMs = median(messageTimes);
  const workerEncodeMs = median(worker.map((t) => t.encodeMs));
  return {
    fileBytes,
    nativeToBase64Ms: nativeMs,
    workerReadMs: median(worker.map((t) => t.readMs)),
    workerEncodeMs,
    workerBlobMs: median(worker.map((t) => t.blobMs)),
    encoderRatioToNative: nativeMs ? workerEncodeMs / nativeMs : null,
    encodeMs: median(encodeTimes),
    messageMs,
    ratioToNative: nativeMs ? messageMs / nativeMs : null,
    nativeInWorkerMs: median(nativeInWorkerTimes),
    readFileMs: median(readTimes),
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    maxTimerGapMs: maxGap,
    baselineHeapBytes: baselineHeap,
    peakHeapBytes: baselineHeap === null ? null : peak,
    peakHeapOverFile: baselineHeap === null ? null : (peak - baselineHeap) / fileBytes,
    peakHeapTotalOverFile: baselineHeap === null ? null : peak / fileBytes,
  };
}

declare global {
  interface Window {
    mkEncodeBenchmark?: typeof runEncodeBenchmark;
  }
}

/** The bench page calls this; the driver then calls window.mkEncodeBenchmark(). */
export function installEncodeBenchmark(): void {
  window.mkEncodeBenchmark = runEncodeBenchmark;
}
