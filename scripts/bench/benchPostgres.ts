/**
 * The PostgreSQL server the gateway bench runs against (issue 8: the 200-poller figure on a real
 * server, the gateway in its own process): BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the
 * machine's local server if it answers. Each run gets a fresh database of its own (dropped
 * afterwards), so a bench never sees a previous run's rows or another session's tests.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const LOCAL_DEFAULT = 'postgresql://postgres@127.0.0.1:5432/test';

export type BenchPostgres = { url: string; source: string } | { skipped: string };

/** Connects once to see whether the server answers; never throws. */
async function answers(url: string): Promise<string | undefined> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Without the password, for printing. */
const shown = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

export async function findBenchPostgres(env: NodeJS.ProcessEnv = process.env): Promise<BenchPostgres> {
  const configured = env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : undefined;
  const url = (configured && env[configured]) || LOCAL_DEFAULT;
  const failure = await answers(url);
  if (failure === undefined) return { url, source: configured ?? `the local default ${shown(url)}` };
  return configured
    ? { skipped: `${configured} (${shown(url)}) does not answer: ${failure}` }
    : { skipped: `neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set and ${shown(url)} does not answer (${failure})` };
}

export interface BenchDatabase {
  /** The fresh database's URL (same server and user, another database name). */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates `bench_<random>` on the server of `serverUrl`; drop() removes it (closing any connection left). */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  // Made here from hex only: safe to put into the statements.
  const name = `bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    // WITH (FORCE) closes connections a crashed gateway left (PostgreSQL 13+); older servers get the plain statement.
    await admin(`drop database if exists "${name}" with (force)`).catch(() => admin(`drop database if exists "${name}"`));
  };
  return { url: url.toString(), name, drop };
}
