/**
 * Minimal type declarations for oidc-provider 9, which ships none. They describe only the parts
 * the local development IdP uses; widen them here when the IdP needs more.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ResourceServerLike {
    readonly scopes: Set<string>;
  }

  export interface GrantInstance {
    readonly jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(indicator: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface GrantModel {
    new (properties: { accountId: string; clientId: string }): GrantInstance;
    find(id: string): Promise<GrantInstance | undefined>;
  }

  export interface ClientLike {
    readonly clientId: string;
    grantTypeAllowed(grantType: string): boolean;
  }

  export interface OIDCContext {
    readonly provider: Provider;
    readonly client?: ClientLike;
    readonly params: Record<string, string | undefined>;
    readonly session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    readonly account?: { accountId: string };
    readonly result?: { login?: { accountId: string }; consent?: { grantId?: string } };
    readonly requestParamScopes: Set<string>;
    readonly requestParamOIDCScopes: Set<string>;
    readonly requestParamClaims: Set<string>;
    readonly resourceServers: Record<string, ResourceServerLike>;
  }

  /** The Koa context as seen by configuration hooks. */
  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    type: string;
    status: number;
    body: unknown;
    host: string;
    set(field: string, value: string): void;
  }

  export interface TokenLike {
    readonly kind: string;
    readonly accountId?: string;
    readonly clientId?: string;
  }

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<AccountClaims> | AccountClaims;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  export type CheckResult = boolean;
  export class Check {
    constructor(reason: string, description: string, check: (ctx: KoaContextWithOIDC) => CheckResult | Promise<CheckResult>);
    static readonly REQUEST_PROMPT: true;
    static readonly NO_NEED_TO_PROMPT: false;
  }
  export interface PromptLike {
    name: string;
    checks: Check[];
  }
  export interface Policy extends Array<PromptLike> {
    get(name: string): PromptLike | undefined;
  }

  export const interactionPolicy: {
    base(): Policy;
    Check: typeof Check;
  };

  export const errors: {
    InvalidTarget: new (description?: string) => Error;
  };

  /** The configuration object; see node_modules/oidc-provider/lib/helpers/defaults.js. */
  export type Configuration = Record<string, unknown>;

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    readonly Grant: GrantModel;
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export default Provider;
}
