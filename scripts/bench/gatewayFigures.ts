/**
 * The MK gateway's figures (issue 8): the overhead of a list request through the gateway against
 * the same request to the simulator directly (a ratio from one run), requests per second and p99
 * latency of 200 concurrent users polling an unchanged list (autocannon), and the bytes one
 * unchanged poll of a 10 000-message mailbox moves. The polling figure is measured here against
 * the bench's in-process gateway on PGlite, and again by postgresGatewayFigures.ts against a
 * gateway process of its own on PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';

/**
 * The load comes from a separate process (autocannon's own CLI), so the load generator does not
 * share the event loop of the servers it measures (IdP and simulator run in the bench's process,
 * the gateway there too or in a process of its own).
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

export async function measureGateway(input: GatewayBenchInput): Promise<{ lines: string[]; polling: PollingFigures }> {
  const lines: string[] = [];
  const path = inboxPath(input.mailbox);
  // Warm both (JWKS, service token, JIT) before measuring.
  await medianMs(`${input.gatewayApi}${path}`, input.userToken, 5);
  await medianMs(`${input.simApi}${path}`, input.systemToken, 5);
  const direct = await medianMs(`${input.simApi}${path}`, input.systemToken, 50);
  const through = await medianMs(`${input.gatewayApi}${path}`, input.userToken, 50);
  lines.push(`gateway overhead per list request: ${through.toFixed(1)} ms through the gateway vs ${direct.toFixed(1)} ms direct = ${(through / direct).toFixed(2)}× (median of 50)`);

  const polling = await measurePolling(input.gatewayApi, input.userToken, input.mailbox);
  lines.push(formatPolling(polling, 'PGlite, gateway in the bench\'s process'));

  const big = inboxPath(input.bigMailbox);
  const full = await fetch(`${input.gatewayApi}${big}`, { headers: { Authorization: `Bearer ${input.userToken}` } });
  const fullBytes = (await full.arrayBuffer()).byteLength;
  const again = await fetch(`${input.gatewayApi}${big}`, {
    headers: { Authorization: `Bearer ${input.userToken}`, 'If-None-Match': full.headers.get('ETag') ?? '' },
  });
  const againBytes = (await again.arrayBuffer()).byteLength;
  lines.push(`unchanged poll of a 10 000-message mailbox: HTTP ${again.status}, ${againBytes} body bytes (first poll ${(fullBytes / 1024 / 1024).toFixed(1)} MB; goal: no body)`);
  return { lines, polling };
}

const POLLERS = 200;
const POLL_SECONDS = 10;

export interface PollingFigures {
  requestsPerSecond: number;
  p99Ms: number;
  /** Connection errors (timeouts included) plus answers other than 2xx and 304. */
  failed: number;
  timeouts: number;
  /** Answers by status code, e.g. { '304': 4890 }. */
  statuses: Record<string, number>;
}

/**
 * 200 users polling an unchanged list (If-None-Match of the list's ETag) for 10 s. Only 2xx and
 * 304 count as answered: anything else, and every connection error or timeout, is a failure.
 */
export async function measurePolling(gatewayApi: string, userToken: string, mailbox: string): Promise<PollingFigures> {
  const path = inboxPath(mailbox);
  const first = await fetch(`${gatewayApi}${path}`, { headers: { Authorization: `Bearer ${userToken}` } });
  await first.arrayBuffer();
  if (!first.ok) throw new Error(`${gatewayApi}${path} answered ${first.status} before the load`);
  const etag = first.headers.get('ETag') ?? '';
  const result = await loadFromOwnProcess(`${gatewayApi}${path}`, POLLERS, POLL_SECONDS, {
    Authorization: `Bearer ${userToken}`,
    'If-None-Match': etag,
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]));
  const wrongStatus = Object.entries(statuses)
    .filter(([code]) => !(code.startsWith('2') || code === '304'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    failed: result.errors + wrongStatus,
    timeouts: result.timeouts,
    statuses,
  };
}

export function formatPolling(figures: PollingFigures, label: string): string {
  const answers = Object.entries(figures.statuses)
    .map(([code, count]) => `${count} × ${code}`)
    .join(', ');
  const verdict =
    figures.failed === 0
      ? 'zero errors'
      : `FAILED: ${figures.failed} errors (${figures.timeouts} timeouts, ${figures.failed - figures.timeouts} connection errors or answers other than 2xx/304)`;
  return `${POLLERS} concurrent pollers of an unchanged list [${label}]: ${figures.requestsPerSecond} requests/s, p99 ${figures.p99Ms} ms, ${verdict} (${answers || 'no answers'} in ${POLL_SECONDS} s)`;
}
