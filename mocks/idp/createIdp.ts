/**
 * The local development OpenID provider (oidc-provider): createIdp builds it, startIdp serves it
 * on plain http (127.0.0.1 by default).
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import { Provider } from 'oidc-provider';
import { buildConfiguration } from './configuration';
import { createInteractionHandler } from './interactions';
import { listen } from './listen';
import { createUserinfoHandler } from './userinfo';

export interface IdpOptions {
  /** Issuer URL, e.g. http://127.0.0.1:9090 (no trailing slash). */
  issuer: string;
  /** Origin of the app (redirect URIs, CORS), e.g. http://localhost:5173. */
  appOrigin: string;
}

export interface Idp {
  provider: Provider;
  /** Node http request handler: interaction pages and userinfo first, then oidc-provider. */
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
}

async function signingKey(): Promise<{ jwks: { keys: object[] }; publicKey: CryptoKey }> {
  // A fresh key per start: tokens from an earlier run stop verifying, which is what a restart means.
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { jwks: { keys: [{ ...jwk, kid: `dev-${randomBytes(4).toString('hex')}`, alg: 'RS256', use: 'sig' }] }, publicKey };
}

export async function createIdp({ issuer, appOrigin }: IdpOptions): Promise<Idp> {
  const { jwks, publicKey } = await signingKey();
  const configuration = buildConfiguration({
    appOrigin,
    jwks,
    cookieKeys: [randomBytes(32).toString('base64url')],
  });
  const provider = new Provider(issuer, configuration);
  provider.on('server_error', (_ctx, error) => {
    console.error('[idp] server error', error);
  });
  const handleInteraction = createInteractionHandler(provider, appOrigin);
  const handleUserinfo = createUserinfoHandler({ issuer, appOrigin, publicKey });
  const handleOidc = provider.callback();
  return {
    provider,
    callback: () => (req, res) => {
      handleInteraction(req, res)
        .then(async (handled) => handled || (await handleUserinfo(req, res)))
        .then((handled) => {
          if (!handled) handleOidc(req, res);
        })
        .catch((error: unknown) => {
          console.error('[idp] interaction failed', error);
          if (!res.headersSent) res.statusCode = 500;
          res.end();
        });
    },
  };
}

export interface StartIdpOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Defaults to http://<host>:<actual port>. */
  issuer?: string;
  appOrigin: string;
}

export interface RunningIdp {
  issuer: string;
  port: number;
  provider: Provider;
  close(): Promise<void>;
}

export async function startIdp({ port, host = '127.0.0.1', issuer, appOrigin }: StartIdpOptions): Promise<RunningIdp> {
  // Listen first so port 0 can be resolved into the issuer URL; requests wait for the provider.
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else {
      res.statusCode = 503;
      res.end();
    }
  });
  const listening = await listen(server, port, host, 'Local IdP');
  try {
    const resolvedIssuer = issuer ?? `http://${host}:${listening.port}`;
    const idp = await createIdp({ issuer: resolvedIssuer, appOrigin });
    handler = idp.callback();
    return { issuer: resolvedIssuer, port: listening.port, provider: idp.provider, close: listening.close };
  } catch (error) {
    await listening.close();
    throw error;
  }
}
