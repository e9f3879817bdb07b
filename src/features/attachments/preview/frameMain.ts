/**
 * The code that runs INSIDE the sandboxed preview frame (opaque origin, strict CSP). It is
 * embedded into the frame's srcdoc as source text (`frameMain.toString()`), so it must be
 * completely self-contained: no imports, no references to anything outside this function
 * (type annotations are fine — they are gone after compilation).
 *
 * It shows one file: an image (<img> from a blob: URL made in the frame) or a PDF rendered by
 * pdf.js onto a canvas, one page at a time. pdf.js and its worker arrive as Blobs from the app:
 * - pdf.js is imported from a blob: URL made here (same opaque origin, so no CORS is involved);
 * - its worker is started as a CLASSIC worker from a blob: URL made here — module workers from
 *   blob: URLs do not load in an opaque origin (checked in Chromium), so the app hands over the
 *   worker source rewritten as a classic script (see pdfAssets.ts).
 * Nothing here can use the network: the CSP has no connect-src and pdf.js gets bytes, not URLs.
 */
export function frameMain(): void {
  interface PdfPage {
    getViewport(options: { scale: number }): { width: number; height: number };
    render(options: {
      canvasContext: CanvasRenderingContext2D;
      canvas: HTMLCanvasElement;
      viewport: { width: number; height: number };
      transform?: number[];
    }): { promise: Promise<void>; cancel(): void };
    getTextContent(): Promise<{ items: Array<{ str?: string; hasEOL?: boolean }> }>;
  }
  interface PdfDocument {
    numPages: number;
    getPage(n: number): Promise<PdfPage>;
  }
  interface PdfJs {
    GlobalWorkerOptions: { workerPort: Worker | null };
    getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument> };
  }
  type View = { page: number; zoom: number; label: string };

  const post = (message: unknown) => window.parent.postMessage(message, '*');
  const stage = document.getElementById('stage') as HTMLElement;
  let pdf: PdfDocument | null = null;
  let image: HTMLImageElement | null = null;
  let view: View = { page: 1, zoom: 1, label: '' };
  let task: { cancel(): void } | null = null;
  let generation = 0;

  const available = () => Math.max(100, document.documentElement.clientWidth - 16);

  function fail(error?: unknown): void {
    console.warn('The preview could not show the file', error);
    stage.replaceChildren();
    post({ type: 'failed' });
  }

  async function renderPdf(): Promise<void> {
    if (!pdf) return;
    const mine = ++generation;
    task?.cancel();
    const pageNumber = Math.min(Math.max(1, view.page), pdf.numPages);
    const page = await pdf.getPage(pageNumber);
    if (mine !== generation) return;
    const unit = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: (available() * view.zoom) / unit.width });
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', view.label);
    const context = canvas.getContext('2d');
    if (!context) return fail();
    const rendering = page.render({
      canvasContext: context,
      canvas,
      viewport,
      ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
    });
    task = rendering;
    try {
      await rendering.promise;
    } catch {
      return; // cancelled by a newer view; a broken page shows as blank
    }
    if (mine !== generation) return;
    stage.replaceChildren(canvas);
    let text = '';
    try {
      const content = await page.getTextContent();
      text = content.items.map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join('');
    } catch {
      text = '';
    }
    if (mine !== generation) return;
    post({ type: 'rendered', page: pageNumber, pageCount: pdf.numPages, text });
  }

  function renderImage(): void {
    if (!image || !image.naturalWidth) return;
    const fit = Math.min(image.naturalWidth, available());
    image.style.width = `${Math.floor(fit * view.zoom)}px`;
    image.style.height = 'auto';
    post({ type: 'rendered', page: 1, pageCount: 1, text: '' });
  }

  function render(): void {
    if (pdf) void renderPdf().catch(fail);
    else renderImage();
  }

  async function showPdf(file: Blob, pdfjs: Blob, worker: Blob): Promise<void> {
    // A module <script> rather than import(): bundlers rewrite import() expressions, and this
    // source must stay free of references to bundler helpers. pdf.js sets globalThis.pdfjsLib.
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('pdf.js did not load'));
      script.src = URL.createObjectURL(pdfjs);
      document.head.append(script);
    });
    const lib = (globalThis as unknown as { pdfjsLib?: PdfJs }).pdfjsLib;
    if (!lib) throw new Error('pdf.js did not load');
    lib.GlobalWorkerOptions.workerPort = new Worker(URL.createObjectURL(worker), { name: 'pdf.js' });
    const data = new Uint8Array(await file.arrayBuffer());
    pdf = await lib.getDocument({
      data,
      isEvalSupported: false, // no code generation from PDF content (and the CSP forbids it)
      enableXfa: false,
      disableAutoFetch: true,
      stopAtErrors: false,
    }).promise;
    post({ type: 'loaded', pageCount: pdf.numPages });
    await renderPdf();
  }

  function showImage(file: Blob, alt: string): void {
    const img = document.createElement('img');
    img.alt = alt;
    img.decoding = 'async';
    img.onload = () => {
      image = img;
      stage.replaceChildren(img);
      post({ type: 'loaded', pageCount: 1 });
      renderImage();
    };
    img.onerror = fail;
    img.src = URL.createObjectURL(file);
  }

  window.addEventListener('message', (event: MessageEvent) => {
    // Only the app (the parent window) gives commands.
    if (event.source !== window.parent) return;
    const command = event.data as Record<string, unknown> | null;
    if (!command || typeof command !== 'object') return;
    if (command.type === 'view') {
      view = { page: Number(command.page) || 1, zoom: Number(command.zoom) || 1, label: String(command.label ?? '') };
      render();
    } else if (command.type === 'pdf' && command.file instanceof Blob && command.pdfjs instanceof Blob && command.worker instanceof Blob) {
      showPdf(command.file, command.pdfjs, command.worker).catch(fail);
    } else if (command.type === 'image' && command.file instanceof Blob) {
      showImage(command.file, String(command.alt ?? ''));
    }
  });

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(render, 150);
  });

  // While the frame has focus, the app's keyboard shortcuts for the preview still work.
  const handed = ['Escape', 'PageDown', 'PageUp', 'Home', 'End', '+', '-'];
  window.addEventListener('keydown', (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !handed.includes(event.key)) return;
    event.preventDefault();
    post({ type: 'key', key: event.key });
  });

  post({ type: 'ready' });
}
