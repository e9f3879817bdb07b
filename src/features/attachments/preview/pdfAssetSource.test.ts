import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toClassicWorkerSource, withoutDevServerPrelude } from './pdfAssetSource';

const require = createRequire(import.meta.url);

describe('toClassicWorkerSource', () => {
  it('turns the installed pdf.js worker into a script that compiles as a classic script', () => {
    const moduleSource = readFileSync(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8');
    // As shipped it is not a classic script…
    expect(() => new Script(moduleSource)).toThrow(SyntaxError);
    // …after the rewrite it is, and it still sets itself up as pdf.js's worker.
    const classic = toClassicWorkerSource(moduleSource);
    expect(() => new Script(classic)).not.toThrow();
    expect(classic).toContain('WorkerMessageHandler');
    expect(classic).not.toMatch(/import\.meta/);
  });

  it('refuses a module it cannot rewrite, rather than hand the frame a broken worker', () => {
    expect(() => toClassicWorkerSource('import { x } from "./y.js";\nx();')).toThrow(/classic script/);
  });
});

describe('withoutDevServerPrelude', () => {
  it("replaces the dev server's injected client import with a local identity function", () => {
    const served = 'import { injectQuery as __vite__injectQuery } from "/@vite/client";/** pdf.js */const a=1;import(__vite__injectQuery(x, \'import\'));';
    const cleaned = withoutDevServerPrelude(served);
    expect(cleaned.startsWith('var __vite__injectQuery = (url) => url;/** pdf.js */')).toBe(true);
    expect(cleaned).not.toContain('/@vite/client');
  });

  it('leaves the shipped file unchanged', () => {
    const shipped = readFileSync(require.resolve('pdfjs-dist/build/pdf.min.mjs'), 'utf8');
    expect(withoutDevServerPrelude(shipped)).toBe(shipped);
  });
});
