/**
 * The MK gateway in the local development world: its configuration pointing at the local IdP
 * and the simulator, and the demo registry built from the personas (mocks/inProcessGateway/
 * demoRegistry.ts, shared with the in-browser demo and the component tests' gateway).
 */
import { SDK_SCOPES, SYSTEM_CLIENT } from '../mocks/personas';
import { API_AUDIENCE } from '../mocks/idp/configuration';
import { readConfig, type GatewayConfig } from '../gateway/config';
import { IDP_ISSUER, MT_SIM_ORIGIN, PORTS } from './ports';

export { demoRegistrySeed } from '../mocks/inProcessGateway/demoRegistry';

/** The demo's gateway configuration; the process environment may override any variable. */
export function demoGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return readConfig({
    PORT: String(PORTS.gateway),
    OIDC_ISSUER: IDP_ISSUER,
    OIDC_AUDIENCE: API_AUDIENCE,
    MT_BASE_URL: `${MT_SIM_ORIGIN}/api`,
    MT_TOKEN_URL: `${IDP_ISSUER}/token`,
    MT_CLIENT_ID: SYSTEM_CLIENT.clientId,
    MT_CLIENT_SECRET: SYSTEM_CLIENT.clientSecret,
    MT_SCOPES: SDK_SCOPES.join(' '),
    ADDRESS_BOOK_URL: `${MT_SIM_ORIGIN}/api/addressbook`,
    LOG_LEVEL: 'warn',
    // The demo's own port and host stay fixed (PORT and HOST are too generic to take from a shell).
    ...Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== undefined && v !== '' && k !== 'PORT' && k !== 'HOST')),
  });
}
