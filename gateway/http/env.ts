/** What the gateway's routes find on the Hono context, and everything the app is built from. */
import type { Kysely } from 'kysely';
import type { ConnectionTestSettings } from '../connectionTest/runner';
import type { AccessTokenVerifier, UserClaims } from '../auth/accessToken';
import type { DatabaseKind, GatewayDb } from '../db/database';
import type { GatewayDatabase } from '../db/schema';
import type { Upstream } from '../mt/upstream';
import type { Logger } from './logger';

export interface GatewayDeps {
  db: GatewayDb;
  verifyToken: AccessTokenVerifier;
  /** The message service (SDK API MT/MK), base URL up to and excluding /sdk/messages. */
  mt: Upstream;
  /** The address book, base URL up to and excluding /organizations. */
  addressBook: Upstream;
  clock: () => Date;
  logger: Logger;
  /** Origins allowed to call the API from a browser on another origin (CORS); empty = none. */
  allowedOrigins: readonly string[];
  maxMessageBytes: number;
  allowedAttachmentTypes: readonly string[];
  /** Superuser console, connection tests (ADR 0014): environment, deadline, poll interval; defaults DEMO, 300 s, 2 s. */
  connectionTest?: ConnectionTestSettings & { wait?: (ms: number) => Promise<void> };
  /** The IdP's issuer URL, probed by the console's system status (ADR 0014). */
  idpUrl?: string;
  /** Retention (ADR 0017): days a mailbox without a setting of its own keeps final messages (0 = keep; default 0). */
  retentionDefaultDays?: number;
  /** How long an organisation without its own setting keeps its audit log, in days (ADR 0018; 0 = forever; default 0). */
  auditLogRetentionDays?: number;
  /** The message service's clock, by which message ages are judged (the simulator's in the demo); default `clock`. */
  messageServiceClock?: () => Date;
}

export interface GatewayEnv {
  Variables: {
    requestId: string;
    user: UserClaims;
  };
}

export type Db = Kysely<GatewayDatabase>;
export type { DatabaseKind };
