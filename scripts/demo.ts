/**
 * `npm start` / `npm run mt:sim`: the local development world.
 *   - local OpenID provider      http://127.0.0.1:9090
 *   - message-service simulator  http://127.0.0.1:9091 (SDK API under /api)
 *   - MK gateway                 http://127.0.0.1:9092 (the app's /api; PGlite in .data/gateway)
 *   - the app (Vite dev server)  http://localhost:5173, proxying /api to the gateway
 * Flags: --no-app (IdP + simulator + gateway only), --preview (serve the built dist/ instead of
 *        the dev server; the gateway then starts on a fresh database of its own, so test runs
 *        never see each other's grants), --training (`npm run training`: the course server for a
 *        whole course, ADR 0016: the built app, and the gateway's data in .data/training unless
 *        GATEWAY_DATA_DIR or DATABASE_URL says otherwise, so courses survive a restart).
 * Env:   MT_SIM_SPEED = virtual-time speed of the simulator (default 1); the gateway's variables
 *        (README, "MK gateway"), e.g. DATABASE_URL to use PostgreSQL instead of PGlite.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startIdp } from '../mocks/idp/index';
import { clockSpeedFromEnv, startMtSim } from '../mocks/sim/index';
import { PERSONAS, SDK_SCOPES, SYSTEM_CLIENT } from '../mocks/personas';
import { startGateway } from '../gateway/node/startGateway';
import { demoGatewayConfig, demoRegistrySeed } from './gatewayDemo';
import { APP_ORIGIN, GATEWAY_ORIGIN, IDP_ISSUER, MT_SIM_ORIGIN, PORTS } from './ports';

type Closer = { name: string; close(): Promise<void> };

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function demoBanner(options: { app: 'dev' | 'preview' | 'none'; clockSpeed: number }): string {
  const personas = PERSONAS.map((p) => `    ${p.id.padEnd(5)} ${APP_ORIGIN}/?as=${p.id}   ${p.name} – ${p.description}`);
  const appLine =
    options.app === 'none'
      ? '  App / Appen:                 (inte startad / not started: --no-app)'
      : `  App / Appen:                 ${APP_ORIGIN}${options.app === 'preview' ? '  (dist/, vite preview)' : ''}`;
  return [
    '',
    'SDK Meddelandeklient – lokal utvecklingsmiljö / local development environment',
    appLine,
    `  Inloggning / Local IdP:      ${IDP_ISSUER}  (discovery: /.well-known/openid-configuration)`,
    `  Meddelandetjänst / MT sim:   ${MT_SIM_ORIGIN}/api  (klockhastighet / clock speed ${options.clockSpeed}, MT_SIM_SPEED)`,
    `  MK-gateway:                  ${GATEWAY_ORIGIN}/api  (hälsa / health: ${GATEWAY_ORIGIN}/api/mk/health)`,
    '',
    '  Testpersoner / Personas (?as= loggar in direkt / signs in directly):',
    ...personas,
    '',
    '  Systemklient / Client credentials:',
    `    curl -s -u ${SYSTEM_CLIENT.clientId}:${SYSTEM_CLIENT.clientSecret} -d grant_type=client_credentials \\`,
    `      --data-urlencode "scope=${SDK_SCOPES.join(' ')}" ${IDP_ISSUER}/token`,
    `    curl -s -H "Authorization: Bearer <access_token>" ${MT_SIM_ORIGIN}/api/sdk/messages`,
    '',
    '  Avsluta / Stop: Ctrl+C',
    '',
  ].join('\n');
}

async function startApp(mode: 'dev' | 'preview'): Promise<Closer> {
  const vite = await import('vite');
  const configFile = `${ROOT}vite.config.ts`;
  try {
    if (mode === 'preview') {
      const server = await vite.preview({ root: ROOT, configFile });
      return { name: 'vite preview', close: () => server.close() };
    }
    const server = await vite.createServer({ root: ROOT, configFile });
    await server.listen();
    return { name: 'vite', close: () => server.close() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`App (Vite): could not start on port ${PORTS.app} – ${message}`, { cause: error });
  }
}

async function main(argv: string[]): Promise<void> {
  const withApp = !argv.includes('--no-app');
  const training = argv.includes('--training');
  const mode = argv.includes('--preview') || training ? 'preview' : 'dev';
  const clockSpeed = clockSpeedFromEnv(process.env.MT_SIM_SPEED);
  const running: Closer[] = [];

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const server of running.reverse()) {
      await server.close().catch((error: unknown) => console.warn(`${server.name}: close failed`, error));
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const idp = await startIdp({ port: PORTS.idp, host: '127.0.0.1', issuer: IDP_ISSUER, appOrigin: APP_ORIGIN });
    running.push({ name: 'IdP', close: idp.close });
    const sim = await startMtSim({
      port: PORTS.mtSim,
      host: '127.0.0.1',
      issuer: IDP_ISSUER,
      appOrigin: APP_ORIGIN,
      clockSpeed,
    });
    running.push({ name: 'MT simulator', close: sim.close });
    // A preview (the e2e tests) gets a database of its own that goes away with it.
    const previewData = mode === 'preview' && !training && !process.env.DATABASE_URL ? await mkdtemp(join(tmpdir(), 'mk-gateway-')) : undefined;
    if (previewData) running.push({ name: 'gateway data', close: () => rm(previewData, { recursive: true, force: true }) });
    const trainingData = training && !process.env.GATEWAY_DATA_DIR ? { GATEWAY_DATA_DIR: '.data/training' } : {};
    const config = demoGatewayConfig(previewData ? { ...process.env, GATEWAY_DATA_DIR: previewData } : { ...process.env, ...trainingData });
    const gateway = await startGateway({
      config: { ...config, dataDir: resolve(ROOT, config.dataDir) },
      seed: demoRegistrySeed(),
      // Retention judges message ages by the federation's (the simulator's virtual) time.
      messageServiceClock: () => sim.world.clock.now(),
    });
    running.push({ name: 'MK gateway', close: gateway.close });
    if (withApp) running.push(await startApp(mode));
  } catch (error) {
    console.error(`\nKunde inte starta / Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    await stop(1);
    return;
  }
  console.log(demoBanner({ app: withApp ? mode : 'none', clockSpeed }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void main(process.argv.slice(2));
}
