/**
 * Benchmark figures for issue 4: "time to encode a 25 MB attachment into the outgoing message
 * compared with Chromium's native Uint8Array.prototype.toBase64 on the same bytes in the same
 * run (goal ≤ 1.5×), the longest main-thread task meanwhile (goal ≤ 50 ms) and the peak JS heap
 * (goal ≤ 4× the file size)".
 *
 * `measureAttachmentEncoding()` is self-contained: it starts a Vite dev server on a free port
 * that serves one bench page (/__bench/encode.html, generated here, never built into dist),
 * launches Debian's Chromium with --enable-precise-memory-info and --js-flags=--expose-gc, calls
 * window.mkEncodeBenchmark() (src/features/compose/attachments/bench/encodeBench.ts: the
 * composer's real encodeAttachments → Web Worker → prepareMessageBody path) and closes both.
 * `formatEncodeFigures(figures)` gives the line `npm run bench` prints. Run it alone with
 *   MK_BENCH=1 .tmp/e2e.sh e2e/sending.spec.ts -g benchmark
 */
import { launchChromium } from './browser';
import type { EncodeBenchFigures } from '../../src/features/compose/attachments/bench/encodeBench';

export type { EncodeBenchFigures };

const BENCH_PATH = '/__bench/encode.html';
const BENCH_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Attachment encoding benchmark</title></head>
<body><p>Attachment encoding benchmark</p>
<script type="module">
  import { installEncodeBenchmark } from '/src/features/compose/attachments/bench/encodeBench';
  installEncodeBenchmark();
</script></body></html>`;

export interface EncodeBenchOptions {
  fileBytes?: number;
  runs?: number;
}

export async function measureAttachmentEncoding(options: EncodeBenchOptions = {}): Promise<EncodeBenchFigures> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    plugins: [
      {
        name: 'mk-encode-bench-page',
        configureServer(dev) {
          dev.middlewares.use(BENCH_PATH, (req, res) => {
            void dev.transformIndexHtml(req.url ?? BENCH_PATH, BENCH_HTML).then((html) => {
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(html);
            });
          });
        },
      },
    ],
  });
  await server.listen();
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc']);
  try {
    if (!origin) throw new Error('The bench server has no address');
    const page = await browser.newPage();
    await page.goto(`${origin}${BENCH_PATH}`);
    await page.waitForFunction(() => typeof window.mkEncodeBenchmark === 'function', undefined, { timeout: 60_000 });
    return await page.evaluate((args) => {
      const run = window.mkEncodeBenchmark;
      if (!run) throw new Error('bench page not ready');
      return run(args);
    }, { fileBytes: options.fileBytes ?? 25 * 1024 * 1024, runs: options.runs ?? 5 });
  } finally {
    await browser.close();
    await server.close();
  }
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export function formatEncodeFigures(f: EncodeBenchFigures): string {
  const ratio = f.ratioToNative === null ? 'n/a (no native toBase64)' : `${f.ratioToNative.toFixed(2)}× (goal ≤ 1.5×)`;
  const encoderRatio = f.encoderRatioToNative === null ? 'n/a' : `${f.encoderRatioToNative.toFixed(2)}×`;
  const heap =
    f.peakHeapBytes === null || f.baselineHeapBytes === null || f.peakHeapOverFile === null
      ? 'n/a'
      : `${mb(f.peakHeapBytes - f.baselineHeapBytes)} above baseline = ${f.peakHeapOverFile.toFixed(2)}× the file (goal ≤ 4×; total ${mb(f.peakHeapBytes)})`;
  const readRatio = f.nativeToBase64Ms ? ` = ${(f.readFileMs / f.nativeToBase64Ms).toFixed(2)}× native` : '';
  return [
    `attachment encoding (${mb(f.fileBytes)}):`,
    `into the outgoing message ${ms(f.messageMs)} vs native toBase64 ${f.nativeToBase64Ms === null ? 'n/a' : ms(f.nativeToBase64Ms)} → ${ratio};`,
    `reading the file alone (file.arrayBuffer) ${ms(f.readFileMs)}${readRatio}, which the baseline does not include;`,
    `in the worker: waiting for the file's bytes ${ms(f.workerReadMs)}, encode ${ms(f.workerEncodeMs)} (${encoderRatio} native), Blob ${ms(f.workerBlobMs)};`,
    `longest main-thread task ${ms(f.longestTaskMs)} (${f.longTasks} long tasks; largest timer gap ${ms(f.maxTimerGapMs)}; goal ≤ 50 ms);`,
    `peak JS heap ${heap};`,
    `with toBase64 + encodeInto in the worker instead ${ms(f.nativeInWorkerMs)}`,
  ].join(' ');
}
