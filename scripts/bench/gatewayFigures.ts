/**
 * The MK gateway's figures (issue 8): the overhead of a list request through the gateway against
 * the same request to the simulator directly (a ratio from one run), requests per second and p99
 * latency of 200 concurrent users polling an unchanged list (autocannon), and the bytes one
 * unchanged poll of a 10 000-message mailbox moves.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';

/**
 * The load comes from a separate process (autocannon's own CLI), so the load generator does not
 * share the event loop of the servers it measures (IdP, simulator and gateway run in this one).
 */
async function loadFromOwnProcess(url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<autocannon.Result> {
  const cli = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const { stdout } = await promisify(execFile)(process.execPath, [cli, '-j', '-c', String(connections), '-d', String(seconds), ...headerArgs, url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as autocannon.Result;
}

export interface GatewayBenchInput {
  gatewayApi: string;
  simApi: string;
  userToken: string;
  systemToken: string;
  mailbox: string;
  bigMailbox: string;
}

const inboxPath = (mailbox: string) => `/sdk/messages?filter[recipientAttention.subOrganization.extension]=${encodeURIComponent(mailbox)}`;

async function medianMs(url: string, token: string, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export async function measureGateway(input: GatewayBenchInput): Promise<string[]> {
  const lines: string[] = [];
  const path = inboxPath(input.mailbox);
  // Warm both (JWKS, service token, JIT) before measuring.
  await medianMs(`${input.gatewayApi}${path}`, input.userToken, 5);
  await medianMs(`${input.simApi}${path}`, input.systemToken, 5);
  const direct = await medianMs(`${input.simApi}${path}`, input.systemToken, 50);
  const through = await medianMs(`${input.gatewayApi}${path}`, input.userToken, 50);
  lines.push(`gateway overhead per list request: ${through.toFixed(1)} ms through the gateway vs ${direct.toFixed(1)} ms direct = ${(through / direct).toFixed(2)}× (median of 50)`);

  const first = await fetch(`${input.gatewayApi}${path}`, { headers: { Authorization: `Bearer ${input.userToken}` } });
  await first.arrayBuffer();
  const etag = first.headers.get('ETag') ?? '';
  const result = await loadFromOwnProcess(`${input.gatewayApi}${path}`, 200, 10, {
    Authorization: `Bearer ${input.userToken}`,
    'If-None-Match': etag,
  });
  const failed = result.errors + result['4xx'] + result['5xx'];
  lines.push(
    `200 concurrent pollers of an unchanged list: ${Math.round(result.requests.average)} requests/s, p99 ${result.latency.p99} ms, ${failed} errors (${result.timeouts} timeouts, ${result['4xx']} × 4xx, ${result['5xx']} × 5xx; ${result['3xx']} × 304 in 10 s)`,
  );

  const big = inboxPath(input.bigMailbox);
  const full = await fetch(`${input.gatewayApi}${big}`, { headers: { Authorization: `Bearer ${input.userToken}` } });
  const fullBytes = (await full.arrayBuffer()).byteLength;
  const again = await fetch(`${input.gatewayApi}${big}`, {
    headers: { Authorization: `Bearer ${input.userToken}`, 'If-None-Match': full.headers.get('ETag') ?? '' },
  });
  const againBytes = (await again.arrayBuffer()).byteLength;
  lines.push(`unchanged poll of a 10 000-message mailbox: HTTP ${again.status}, ${againBytes} body bytes (first poll ${(fullBytes / 1024 / 1024).toFixed(1)} MB; goal: no body)`);
  return lines;
}
