/**
 * Checks the import rules of docs/architecture.md (layerRules.ts) with dependency-cruiser, and
 * that no two features import each other (a two-way pair is a hidden hub). Run by `npm run lint`;
 * prints every violation and exits with 1 when there is one.
 *
 *   tsx scripts/lint/layers.ts           check the project
 *   tsx scripts/lint/layers.ts --pairs   also list the feature → feature pairs
 */
import { cruise, type IModule } from 'dependency-cruiser';
import { LAYER_RULES } from './layerRules';

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
}

export interface LayerReport {
  violations: LayerViolation[];
  /** Feature → feature import counts, keyed "a → b". */
  featurePairs: Map<string, number>;
  /** Pairs of features that import each other, each as [a, b] with a < b. */
  twoWayPairs: [string, string][];
}

/** The folders cruised, relative to `baseDir` (those that do not exist are skipped). */
const ROOTS = ['src', 'mocks', 'gateway'];

export async function checkLayers(baseDir: string): Promise<LayerReport> {
  const { existsSync } = await import('node:fs');
  const { join } = await import('node:path');
  const roots = ROOTS.filter((root) => existsSync(join(baseDir, root)));
  const result = await cruise(
    roots,
    {
      baseDir,
      validate: true,
      ruleSet: { forbidden: LAYER_RULES },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: ['^src/api/schema\\.gen\\.ts$'] },
      // Type-only imports are dependencies too.
      tsPreCompilationDeps: true,
    },
    { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser gave no result object');
  const { modules, summary } = result.output;
  const violations = summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  const featurePairs = countFeaturePairs(modules);
  const twoWayPairs = [...featurePairs.keys()]
    .map((key) => key.split(' → ') as [string, string])
    .filter(([a, b]) => a < b && featurePairs.has(`${b} → ${a}`));
  return { violations, featurePairs, twoWayPairs };
}

const featureOf = (path: string) => /^src\/features\/([^/]+)\//.exec(path)?.[1];

function countFeaturePairs(modules: readonly IModule[]): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const module of modules) {
    const from = featureOf(module.source);
    if (!from) continue;
    for (const dependency of module.dependencies) {
      const to = featureOf(dependency.resolved);
      if (!to || to === from) continue;
      const key = `${from} → ${to}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
  return pairs;
}

async function main(): Promise<void> {
  const report = await checkLayers(process.cwd());
  for (const v of report.violations) console.error(`layers: ${v.rule}: ${v.from} → ${v.to}`);
  for (const [a, b] of report.twoWayPairs) console.error(`layers: two-way feature pair: ${a} ⇄ ${b}`);
  const imports = [...report.featurePairs.values()].reduce((n, count) => n + count, 0);
  if (process.argv.includes('--pairs')) {
    for (const [pair, count] of [...report.featurePairs].sort()) console.log(`  ${pair} (${count})`);
  }
  console.log(
    `layers: ${report.violations.length} violations, ${report.featurePairs.size} feature pairs (${imports} imports), ${report.twoWayPairs.length} two-way`,
  );
  if (report.violations.length > 0 || report.twoWayPairs.length > 0) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
