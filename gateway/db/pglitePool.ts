/**
 * A pool-like object over one PGlite instance for Kysely's own PostgresDialect, so the embedded
 * database and a real PostgreSQL go through the same dialect, compiler and migrations.
 *
 * PGlite is one backend session: a second "connection" would share its transaction state. So
 * connect() hands out the single session to one caller at a time and queues the others until
 * release() — a Kysely transaction then owns the session from BEGIN to COMMIT. Nothing here
 * needs Node: the same adapter can run in a browser (in-browser demo) later.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

type Command = PostgresQueryResult<unknown>['command'];

const COMMANDS = new Set<Command>(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE', 'COMMIT', 'ROLLBACK']);

/** Kysely reads the command to count affected rows; PGlite does not report it, the SQL says it. */
function commandOf(sqlText: string): Command {
  const word = /^\s*(\w+)/.exec(sqlText)?.[1]?.toUpperCase() ?? 'SELECT';
  return COMMANDS.has(word as Command) ? (word as Command) : 'SELECT';
}

export function createPglitePool(pglite: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  let ended = false;

  return {
    async connect(): Promise<PostgresPoolClient> {
      if (ended) throw new Error('The embedded database is closed.');
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((resolve) => (release = resolve));
      await previous;
      let released = false;
      const client = {
        async query<R>(sqlText: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
          const result = await pglite.query<R>(sqlText, [...parameters]);
          return { command: commandOf(sqlText), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
        },
        release() {
          if (released) return;
          released = true;
          release();
        },
      };
      return client as PostgresPoolClient;
    },
    async end() {
      ended = true;
      await tail;
      await pglite.close();
    },
  };
}
