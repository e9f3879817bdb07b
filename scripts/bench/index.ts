/**
 * `npm run bench`: builds the app and prints the speed and size figures of issues 3 and 4, one
 * line per figure, measured in Debian's headless Chromium. Figures, never pass/fail: a slow
 * machine must not fail anything. The README lists the latest figures and the goals.
 *
 * Runs its own local world (IdP, simulator, MK gateway, built app on the demo ports): stop
 * `npm start` first. `npm run bench -- --only=bundle,mailbox,preview,encode,gateway,training` measures a
 * subset (default: all). The gateway figures also start a second gateway as a process of its own
 * on PostgreSQL (BENCH_DATABASE_URL, TEST_DATABASE_URL or a local server that answers; a fresh
 * database per run), and say so when there is none.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { startIdp } from '../../mocks/idp/index';
import { FA, SDK_SCOPES, SYSTEM_CLIENT } from '../../mocks/personas';
import { startMtSim } from '../../mocks/sim/index';
import { fillInbox } from '../../mocks/testing/fillInbox';
import { signInAs } from '../../mocks/idp/testing/browserFlow';
import { paths } from '../../src/routes/paths';
import { startGateway } from '../../gateway/node/startGateway';
import { demoGatewayConfig, demoRegistrySeed } from '../gatewayDemo';
import { APP_ORIGIN, GATEWAY_ORIGIN, IDP_ISSUER, MT_SIM_ORIGIN, PORTS } from '../ports';
import { measureGateway } from './gatewayFigures';
import { measurePostgresGateway } from './postgresGatewayFigures';
import { measureTraining } from './trainingFigures';
import { formatEncodeFigures, measureAttachmentEncoding } from './attachmentEncoding';
import { formatAttachmentFigures, measureAttachmentPreview } from './attachmentPreview';
import { benchContext, launchChromium } from './browser';
import { measureBigMailbox, measureInboxBundle } from './inboxFigures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIG_MAILBOX_MESSAGES = 10_000;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const FIGURES = ['bundle', 'mailbox', 'preview', 'encode', 'gateway', 'training'] as const;
type Figure = (typeof FIGURES)[number];

function selectedFigures(argv: readonly string[]): ReadonlySet<Figure> {
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  if (!only) return new Set(FIGURES);
  const wanted = only.split(',').map((name) => name.trim());
  const unknown = wanted.filter((name) => !(FIGURES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown figure(s) ${unknown.join(', ')}; choose from ${FIGURES.join(', ')}.`);
  return new Set(wanted as Figure[]);
}

async function main(): Promise<void> {
  const wanted = selectedFigures(process.argv.slice(2));
  if (wanted.size === 1 && wanted.has('encode')) {
    console.log(formatEncodeFigures(await measureAttachmentEncoding()));
    return;
  }
  console.log('Building…');
  await build({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'warn' });

  const idp = await startIdp({ port: PORTS.idp, host: '127.0.0.1', issuer: IDP_ISSUER, appOrigin: APP_ORIGIN });
  const sim = await startMtSim({ port: PORTS.mtSim, host: '127.0.0.1', issuer: IDP_ISSUER, appOrigin: APP_ORIGIN, clockSpeed: 1 });
  const gatewayData = await mkdtemp(join(tmpdir(), 'mk-gateway-bench-'));
  const gateway = await startGateway({ config: demoGatewayConfig({ GATEWAY_DATA_DIR: gatewayData, LOG_LEVEL: 'error' }), seed: demoRegistrySeed() });
  const server = await preview({ root: ROOT, configFile: `${ROOT}vite.config.ts`, logLevel: 'error' });
  const browser = await launchChromium();
  try {
    if (wanted.has('bundle')) {
      const bundle = await measureInboxBundle(browser, `${ROOT}dist`);
      console.log(`inbox route JS+CSS (gzip): ${kb(bundle.totalGzipBytes)} in ${bundle.files.length} files (goal ≤ 150 KB)`);
      for (const f of bundle.files) console.log(`  ${kb(f.gzipBytes).padStart(9)}  ${f.path}`);
    }

    if (wanted.has('mailbox')) {
      fillInbox(sim.world, FA.malmoAldreomsorg, BIG_MAILBOX_MESSAGES);
      const big = await measureBigMailbox(browser, paths.mailbox(FA.malmoAldreomsorg, 'inbox'), BIG_MAILBOX_MESSAGES);
      console.log(`${big.messages} messages: data → first painted rows ${big.dataToRowsMs} ms`);
      console.log(`${big.messages} messages: row elements in the DOM ${big.rowElements} (after scrolling to the end: ${big.rowElementsAfterScroll}; goal < 500)`);
      console.log(
        `${big.messages} messages: longest main-thread task while scrolling through ${big.longestScrollTaskMs} ms (goal ≤ 50 ms; long tasks: ${big.scrollLongTasks}; reached the last row: ${big.scrolledToEnd ? 'yes' : 'no'})`,
      );
    }

    if (wanted.has('gateway')) {
      if (!wanted.has('mailbox')) fillInbox(sim.world, FA.malmoAldreomsorg, BIG_MAILBOX_MESSAGES);
      const user = await signInAs(IDP_ISSUER, APP_ORIGIN, 'anna');
      const system = await fetch(`${IDP_ISSUER}/token`, {
        method: 'POST',
        headers: { Authorization: `Basic ${btoa(`${SYSTEM_CLIENT.clientId}:${SYSTEM_CLIENT.clientSecret}`)}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: SDK_SCOPES.join(' ') }),
      });
      const systemToken = ((await system.json()) as { access_token: string }).access_token;
      const { lines, polling } = await measureGateway({
        gatewayApi: `${GATEWAY_ORIGIN}/api`,
        simApi: `${MT_SIM_ORIGIN}/api`,
        userToken: user.tokens.access_token,
        systemToken,
        mailbox: FA.malmoBarnUnga,
        bigMailbox: FA.malmoAldreomsorg,
      });
      for (const line of lines) console.log(line);
      for (const line of await measurePostgresGateway({ userToken: user.tokens.access_token, mailbox: FA.malmoBarnUnga, pglite: polling })) console.log(line);
    }

    if (wanted.has('training')) {
      const seconds = Number(process.env.TRAINING_BENCH_SECONDS) || 30;
      for (const line of await measureTraining({ gatewayApi: `${GATEWAY_ORIGIN}/api`, issuer: IDP_ISSUER, appOrigin: APP_ORIGIN, seconds })) console.log(line);
    }

    for (const size of wanted.has('preview') ? [0, 25 * 1024 * 1024] : []) {
      const context = await benchContext(browser);
      const shown = await measureAttachmentPreview(await context.newPage(), size);
      console.log(formatAttachmentFigures(shown) + (size === 0 ? ' [baseline: the seeded small PDF]' : ''));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await gateway.close();
    await rm(gatewayData, { recursive: true, force: true });
    await sim.close();
    await idp.close();
  }

  if (wanted.has('encode')) console.log(formatEncodeFigures(await measureAttachmentEncoding()));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
