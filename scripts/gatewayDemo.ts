/**
 * The MK gateway in the local development world: its configuration pointing at the local IdP
 * and the simulator, and the demo registry built from the personas (mocks/inProcessGateway/
 * demoRegistry.ts, shared with the in-browser demo and the component tests' gateway).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * `tsx scripts/gatewayDemo.ts [--port=N]`: the demo gateway alone (seeded on first start, in
 * front of the simulator and IdP of a running `npm start` or e2e world), for tests that restart
 * only the gateway (e2e/gateway-restart.spec.ts). Port 0 = any free port. GATEWAY_DATA_DIR
 * chooses the data folder. Prints one line `{"listening":"http://…"}` when ready; SIGTERM shuts
 * it down gracefully (PGlite closed, files flushed).
 */
async function main(argv: string[]): Promise<void> {
  const { startGateway } = await import('../gateway/node/startGateway');
  const { demoRegistrySeed } = await import('../mocks/inProcessGateway/demoRegistry');
  const portArg = argv.find((a) => a.startsWith('--port='));
  const config = demoGatewayConfig();
  const gateway = await startGateway({
    config: { ...config, port: portArg ? Number(portArg.slice('--port='.length)) : config.port, dataDir: resolve(config.dataDir) },
    seed: demoRegistrySeed(),
  });
  console.log(JSON.stringify({ listening: gateway.url }));
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`MK gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
