/**
 * The 200-poller figure as issue 8 asks for it: the MK gateway in a process of its own
 * (scripts/gatewayDemo.ts, as e2e/gateway-restart.spec.ts starts it) on a real PostgreSQL, in
 * front of the bench's IdP and simulator, next to the in-process PGlite figure of the same run
 * (a ratio). Without a PostgreSQL server the line says it was skipped and why.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGatewayProcess } from '../../e2e/gatewayProcess';
import { createBenchDatabase, findBenchPostgres } from './benchPostgres';
import { formatPolling, measurePolling, type PollingFigures } from './gatewayFigures';

const LABEL = 'PostgreSQL, gateway in its own process';

export interface PostgresGatewayBenchInput {
  userToken: string;
  mailbox: string;
  /** The same run's figures of the gateway on PGlite in the bench's process. */
  pglite: PollingFigures;
}

export async function measurePostgresGateway(input: PostgresGatewayBenchInput): Promise<string[]> {
  const server = await findBenchPostgres();
  if ('skipped' in server) return [`200 concurrent pollers of an unchanged list [${LABEL}]: SKIPPED – ${server.skipped}`];

  const database = await createBenchDatabase(server.url).catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
  if (database instanceof Error) return [`200 concurrent pollers of an unchanged list [${LABEL}]: SKIPPED – could not create a database on ${server.source}: ${database.message}`];
  // Unused with DATABASE_URL, but the demo gateway's PGlite folder must never be the developer's own.
  const dataDir = await mkdtemp(join(tmpdir(), 'mk-gateway-bench-pg-'));
  try {
    const gateway = await startGatewayProcess(dataDir, { DATABASE_URL: database.url, LOG_LEVEL: 'error' });
    try {
      const health = (await (await fetch(`${gateway.url}/api/mk/health`)).json()) as { database?: unknown };
      const kind = typeof health.database === 'string' ? health.database : JSON.stringify(health.database);
      const figures = await measurePolling(`${gateway.url}/api`, input.userToken, input.mailbox);
      const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
      return [
        formatPolling(figures, `${LABEL}; database ${database.name} on ${server.source}, health says ${kind}`),
        `  PostgreSQL in its own process vs PGlite in the bench's process: ${ratio(figures.requestsPerSecond, input.pglite.requestsPerSecond)} the requests/s (${figures.requestsPerSecond} vs ${input.pglite.requestsPerSecond}), ${ratio(figures.p99Ms, input.pglite.p99Ms)} the p99 (${figures.p99Ms} ms vs ${input.pglite.p99Ms} ms)`,
      ];
    } finally {
      await gateway.stop();
    }
  } finally {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
