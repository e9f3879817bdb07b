// @vitest-environment node
/**
 * The gateway as a Node server (npm run serve): the built app and the API from one process, on
 * its PGlite folder, and a graceful stop that lets an in-flight request finish.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { createMemoryLogger } from '../http/logger';
import { startGateway, type RunningGateway } from './startGateway';

describe('the gateway in Node', () => {
  let dir: string;
  let gateway: RunningGateway;
  let slowUpstream: ReturnType<typeof createServer>;
  let upstreamUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gateway-serve-'));
    await mkdir(join(dir, 'dist', 'assets'), { recursive: true });
    await writeFile(join(dir, 'dist', 'index.html'), '<!doctype html><title>MK</title>');
    await writeFile(join(dir, 'dist', 'assets', 'app.js'), 'console.log(1)');
    // An upstream that answers health probes slowly, to hold a request in flight.
    slowUpstream = createServer((_req, res) => setTimeout(() => res.writeHead(401).end(), 400));
    await new Promise<void>((resolve) => slowUpstream.listen(0, '127.0.0.1', resolve));
    const address = slowUpstream.address();
    upstreamUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const config = readConfig({
      PORT: '0',
      GATEWAY_DATA_DIR: join(dir, 'data'),
      STATIC_DIR: join(dir, 'dist'),
      OIDC_ISSUER: upstreamUrl,
      OIDC_AUDIENCE: 'urn:sdk-mk:api',
      MT_BASE_URL: `${upstreamUrl}/api`,
      MT_TOKEN_URL: `${upstreamUrl}/token`,
      MT_CLIENT_ID: 'mk-backend',
      MT_CLIENT_SECRET: 'secret',
      ADDRESS_BOOK_URL: `${upstreamUrl}/api/addressbook`,
    });
    gateway = await startGateway({ config, logger: createMemoryLogger() });
  }, 60_000);

  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => slowUpstream.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the built app, its routes and the API from one origin', async () => {
    const index = await fetch(`${gateway.url}/`);
    expect(await index.text()).toContain('<title>MK</title>');
    const deepLink = await fetch(`${gateway.url}/brevlada/sdk%3Aa%3A0203%3Amalmo.se/inkorg`);
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<title>MK</title>');
    expect(await (await fetch(`${gateway.url}/assets/app.js`)).text()).toBe('console.log(1)');
    const health = await fetch(`${gateway.url}/api/mk/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ database: 'pglite', messageService: { reachable: true } });
    expect((await fetch(`${gateway.url}/api/nothing-here`)).status).toBe(404);
    expect(health.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('stops gracefully: an in-flight request finishes, then the port is closed', async () => {
    const inFlight = fetch(`${gateway.url}/api/mk/health`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = gateway.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    await closed;
    await expect(fetch(`${gateway.url}/api/mk/health`)).rejects.toThrow('fetch failed');
  });
});
