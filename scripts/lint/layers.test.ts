// @vitest-environment node
/**
 * The layer check (npm run lint) fails on a violation: it is run on two small trees, one
 * breaking each rule of docs/architecture.md and one keeping them.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers } from './layers';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('layer check', () => {
  it('reports every kind of violation, relative imports several folders up included', async () => {
    const report = await checkLayers(fixture('violating'));
    const found = report.violations.map((v) => `${v.rule}: ${v.from} → ${v.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'shared-layer-imports-up: src/ui/layout.ts → src/app/shell.ts',
        'shared-layer-imports-up: src/workers/worker.ts → src/features/a/internal.ts',
        'feature-imports-page-or-app: src/features/a/deep/usesApp.ts → src/app/shell.ts',
        'feature-internals: src/features/b/pastIndex.ts → src/features/a/internal.ts',
      ]),
    );
    expect(found).toContainEqual(expect.stringMatching(/^sdk-no-react-no-http: src\/sdk\/model\.ts → .*node_modules\/react\//));
    expect(report.twoWayPairs).toEqual([['a', 'b']]);
  }, 60_000);

  it('passes a tree that keeps the rules', async () => {
    const report = await checkLayers(fixture('clean'));
    expect(report.violations).toEqual([]);
    expect(report.twoWayPairs).toEqual([]);
    expect([...report.featurePairs.keys()]).toEqual(['b → a']);
  }, 60_000);
});
