/**
 * pdf.js as the sandboxed preview frame needs it: plain script text it can turn into blob:
 * URLs of its own. Pure string functions (tested against the installed pdfjs-dist).
 */

/**
 * An opaque-origin frame cannot start a MODULE worker from a blob: URL (Chromium refuses the
 * module fetch), but a classic one works. pdf.worker.mjs is a single module with no imports; two
 * module-only constructs make it invalid as a classic script: its final `export { … }` (only
 * needed when the worker runs in-thread) and `import.meta.url` (used by Emscripten glue for
 * optional WebAssembly decoders we do not load). Both are rewritten; anything else left over
 * makes this throw rather than hand the frame a script that will not start.
 */
export function toClassicWorkerSource(moduleSource: string): string {
  const classic = moduleSource
    .replace(/export\s*\{[^}]*\}\s*;?\s*(\/\/# sourceMappingURL=\S*\s*)?$/, '')
    .replaceAll('import.meta.url', 'self.location.href');
  if (/\bimport\.meta\b|^\s*(import|export)\s*[{*\w]/m.test(classic) || /export\s*\{[^}]*\}\s*;?\s*$/.test(classic)) {
    throw new Error('The pdf.js worker cannot be run as a classic script (pdfjs-dist changed?)');
  }
  return classic;
}

/**
 * `vite` (dev) serves node_modules files transformed: it prepends an import of its client's
 * injectQuery helper and wraps dynamic import() specifiers with it. In the frame that import
 * cannot resolve, so it is replaced by an identity function. The build copies the files
 * verbatim, so there this changes nothing.
 */
export function withoutDevServerPrelude(source: string): string {
  const cleaned = source.replace(
    /^import\s*\{\s*injectQuery as __vite__injectQuery\s*\}\s*from\s*["']\/@vite\/client["'];?/,
    'var __vite__injectQuery = (url) => url;',
  );
  if (/^\s*import\s*[{*\w][^;]*from\s*["']\//m.test(cleaned.slice(0, 2000))) {
    throw new Error('pdf.js was served with imports the preview frame cannot resolve');
  }
  return cleaned;
}
