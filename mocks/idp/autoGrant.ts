/**
 * Consent is never asked: every sign-in is granted whatever it requested (OIDC scopes, claims,
 * API scopes). Used as oidc-provider's `loadExistingGrant`.
 */
import type { GrantInstance, KoaContextWithOIDC } from 'oidc-provider';

export async function loadAutoGrant(ctx: KoaContextWithOIDC): Promise<GrantInstance | undefined> {
  const { oidc } = ctx;
  const client = oidc.client;
  const accountId = oidc.account?.accountId ?? oidc.session?.accountId;
  if (!client || !accountId) return undefined;

  const existingId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
  let grant = existingId ? await oidc.provider.Grant.find(existingId) : undefined;
  // A grant of another persona (the session switched persona) must not be reused.
  if (!grant || grant.accountId !== accountId) {
    grant = new oidc.provider.Grant({ accountId, clientId: client.clientId });
  }

  const oidcScopes = [...oidc.requestParamOIDCScopes];
  if (oidcScopes.length) grant.addOIDCScope(oidcScopes.join(' '));
  const claims = [...oidc.requestParamClaims];
  if (claims.length) grant.addOIDCClaims(claims);
  for (const [indicator, resourceServer] of Object.entries(oidc.resourceServers)) {
    const scopes = [...oidc.requestParamScopes].filter((s) => resourceServer.scopes.has(s));
    if (scopes.length) grant.addResourceScope(indicator, scopes.join(' '));
  }
  await grant.save();
  return grant;
}
