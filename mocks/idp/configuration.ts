/**
 * oidc-provider configuration of the local development IdP: the two clients, JWT access tokens
 * for the SDK API, persona claims in the ID token, no consent, Swedish pages.
 */
import type { Configuration, KoaContextWithOIDC, ClientLike } from 'oidc-provider';
import { errors, interactionPolicy } from 'oidc-provider';
import { API_AUDIENCE, BROWSER_CLIENT_ID, SDK_SCOPES, SYSTEM_CLIENT, findPersona } from '../personas';
import { CLAIMS_BY_SCOPE, extraTokenClaims, findAccount } from './accounts';
import { loadAutoGrant } from './autoGrant';
import { errorPage, logoutPage, signedOutPage, type ErrorDetails } from './pages';
import type { RenderedPage } from './html';

/** Audience (resource indicator) of every access token: the SDK API (declared in personas.ts, which browsers may load). */
export { API_AUDIENCE };

/** Access tokens live 15 minutes (Digg: at most 30). */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

const HOURS = 60 * 60;

export interface ConfigurationOptions {
  appOrigin: string;
  /** Private signing key(s) as JWKs. */
  jwks: { keys: object[] };
  /** Secrets for signing the IdP's cookies. */
  cookieKeys: string[];
}

function send(ctx: KoaContextWithOIDC, page: RenderedPage): void {
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', page.csp);
  ctx.body = page.html;
}

/**
 * The login prompt is also required when login_hint names another known persona than the one
 * signed in at the IdP, so a trainer's `?as=erik` link never silently continues as Anna.
 */
function loginPolicy() {
  const { base, Check } = interactionPolicy;
  const policy = base();
  policy.get('login')?.checks.push(
    new Check('login_hint_other_persona', 'login_hint names another persona', (ctx) => {
      const { oidc } = ctx;
      const hint = oidc.params.login_hint;
      if (oidc.result?.login || !hint || !oidc.session?.accountId) return Check.NO_NEED_TO_PROMPT;
      return findPersona(hint) && hint !== oidc.session.accountId ? Check.REQUEST_PROMPT : Check.NO_NEED_TO_PROMPT;
    }),
  );
  return policy;
}

export function buildConfiguration({ appOrigin, jwks, cookieKeys }: ConfigurationOptions): Configuration {
  return {
    clients: [
      {
        client_id: BROWSER_CLIENT_ID,
        client_name: 'Meddelandeklienten (lokal utveckling)',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${appOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${appOrigin}/utloggad`, `${appOrigin}/`],
      },
      {
        client_id: SYSTEM_CLIENT.clientId,
        client_secret: SYSTEM_CLIENT.clientSecret,
        client_name: 'MK-backend (lokal utveckling)',
        // client_secret_post is accepted too for a client registered with client_secret_basic.
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      },
    ],
    jwks,
    cookies: {
      keys: cookieKeys,
      // Plain http on 127.0.0.1: oidc-provider leaves `secure` off when the request is not https.
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    scopes: ['openid', 'profile', 'email', 'offline_access', ...SDK_SCOPES],
    claims: CLAIMS_BY_SCOPE,
    // The persona's claims go into the ID token too, so the app works without calling userinfo.
    conformIdTokenClaims: false,
    findAccount,
    extraTokenClaims,
    loadExistingGrant: loadAutoGrant,
    // The SPA renews with refresh tokens (no hidden iframes). oidc-provider drops offline_access
    // unless prompt=consent, so the decision does not depend on that scope.
    issueRefreshToken: (_ctx: unknown, client: ClientLike) =>
      client.clientId === BROWSER_CLIENT_ID && client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    clientBasedCORS: (_ctx: unknown, origin: string) => origin === appOrigin,
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      policy: loginPolicy(),
    },
    ttl: {
      AccessToken: ACCESS_TOKEN_TTL_SECONDS,
      ClientCredentials: ACCESS_TOKEN_TTL_SECONDS,
      AuthorizationCode: 60,
      IdToken: HOURS,
      RefreshToken: 8 * HOURS,
      Interaction: HOURS,
      Session: 8 * HOURS,
      Grant: 8 * HOURS,
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => send(ctx, logoutPage(form)),
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => send(ctx, signedOutPage(appOrigin)),
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_AUDIENCE,
        // Use the API resource for the token even when `openid` was requested; claims are in the ID token.
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx: unknown, indicator: string) => {
          if (indicator !== API_AUDIENCE) throw new errors.InvalidTarget();
          return {
            scope: SDK_SCOPES.join(' '),
            audience: API_AUDIENCE,
            accessTokenTTL: ACCESS_TOKEN_TTL_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError: (ctx: KoaContextWithOIDC, out: ErrorDetails) => send(ctx, errorPage(out, appOrigin)),
  };
}
