/**
 * The course server's load figure (issue 11, ADR 0016): one course of 40 participants, each
 * signed in with her practice account, polling her inbox and sent list and sending now and then
 * through the gateway, while the trainer polls the board. 30 s (the issue asks for 5 minutes;
 * kept short so the bench stays quick: set TRAINING_BENCH_SECONDS=300 for the full run). The
 * load runs in this process, next to the servers, so the latencies are on the high side.
 */
import { signInAs } from '../../mocks/idp/testing/browserFlow';

export interface TrainingBenchInput {
  gatewayApi: string;
  issuer: string;
  appOrigin: string;
  seconds: number;
}

const PARTICIPANTS = 40;
const RIGHT = 'sdk:ifo-mottagning:0203:ovning.sdk.se';
const FA_ROOT = 'urn:riv:infrastructure:messaging:functionalAddress';

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN);
}

export async function measureTraining(input: TrainingBenchInput): Promise<string[]> {
  const tove = (await signInAs(input.issuer, input.appOrigin, 'tove')).tokens.access_token;
  const call = async (token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${input.gatewayApi}${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    });
  const created = await call(tove, '/mk/training/courses', { method: 'POST', body: { scenarioId: 'avvisat-meddelande', participants: PARTICIPANTS, title: 'Belastningsprov' } });
  if (created.status !== 201) throw new Error(`creating the bench course answered ${created.status}`);
  const { course, participants } = (await created.json()) as { course: { code: string }; participants: { accountId: string; mailbox: string }[] };
  await call(tove, `/mk/training/courses/${course.code}/control`, { method: 'POST', body: { action: 'start' } });
  const people: { accountId: string; mailbox: string; token: string }[] = [];
  for (const p of participants) people.push({ ...p, token: (await signInAs(input.issuer, input.appOrigin, p.accountId)).tokens.access_token });

  const latencies: number[] = [];
  const boardLatencies: number[] = [];
  let errors = 0;
  let sends = 0;
  const until = Date.now() + input.seconds * 1000;
  const timed = async (list: number[], run: () => Promise<Response>) => {
    const started = performance.now();
    try {
      const response = await run();
      await response.arrayBuffer();
      if (!response.ok) errors++;
    } catch {
      errors++;
    }
    list.push(performance.now() - started);
  };
  const participantLoop = async (p: (typeof people)[number], index: number) => {
    let round = 0;
    while (Date.now() < until) {
      const side = round % 2 === 0 ? 'recipientAttention' : 'senderAttention';
      await timed(latencies, () => call(p.token, `/sdk/messages?filter[${side}.subOrganization.extension]=${encodeURIComponent(p.mailbox)}`));
      if ((round + index) % 10 === 0) {
        sends++;
        await timed(latencies, () =>
          call(p.token, '/sdk/messages', {
            method: 'POST',
            body: {
              data: {
                type: 'messages',
                attributes: {
                  confidentiality: false,
                  label: `Prov ${round}`,
                  sender: '0203:ovning.sdk.se',
                  recipient: '0203:ovning.sdk.se',
                  senderAttention: { subOrganization: { root: FA_ROOT, extension: p.mailbox } },
                  recipientAttention: { subOrganization: { root: FA_ROOT, extension: RIGHT } },
                  digitalDocument: [{ documentId: '1', contentTextBody: ['Belastningsprov.'] }],
                },
              },
            },
          }),
        );
      }
      round++;
      // The app polls every few seconds; here each participant polls about once a second.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  const boardLoop = async () => {
    while (Date.now() < until) {
      await timed(boardLatencies, () => call(tove, `/mk/training/courses/${course.code}/board`));
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  };
  await Promise.all([...people.map(participantLoop), boardLoop()]);
  return [
    `training: ${PARTICIPANTS} participants polling and sending for ${input.seconds} s against one course server: ${latencies.length} requests (${sends} sends), ${errors} errors, p99 ${p99(latencies)} ms; the trainer's board (${PARTICIPANTS} mailboxes checked per poll) p99 ${p99(boardLatencies)} ms over ${boardLatencies.length} polls`,
  ];
}
