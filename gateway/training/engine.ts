/**
 * What a course does in the simulated federation (ADR 0016): delivers the scenario's timeline
 * to each participant when it is due (messages sent from the counterpart's function address
 * through the message service, with the gateway's service token; faults applied), reads what
 * each participant actually did from her practice mailbox, checks the exercises, and applies
 * the faults a trainer injects. Due events are delivered by the timeline job (timelineJob.ts,
 * every few seconds for every started course, whoever looks) and also at once whenever the board
 * or a control action looks at the course; the claim below keeps the two from delivering twice.
 */
import { FUNCTIONAL_ADDRESS_ROOT } from '../../src/sdk/ids';
import type { MessageAttributes, MessageList, MessageSingle } from '../../src/sdk/model';
import { REFERENCE_ROOTS } from '../../src/sdk/references';
import { checkExercise, observe, type CheckResult, type ObservedMessage } from '../../src/sdk/training/checks';
import { PRACTICE_ORGANIZATION } from '../../src/sdk/training/practice';
import type { Fault, MessageEvent, Scenario } from '../../src/sdk/training/scenario';
import type { GatewayDeps } from '../http/env';
import { withDatabase } from '../http/problems';
import { callUpstream } from '../mt/upstream';
import { courseMinute, participantsOf, scenarioOf, type CourseRow, type ParticipantRow } from './courses';
import { simOf } from './sim';

const participantOfAddress = (fa: string) => fa.split(':').slice(2).join(':');

const DEFAULT_REASON: Record<'BV' | 'SIG' | 'XSD', string> = {
  BV: 'Mottagaren tar inte emot meddelandet (affärsregel, övning).',
  SIG: 'Signaturen kunde inte verifieras (övning).',
  XSD: 'Meddelandet följer inte schemat (övning).',
};

/** Delivers every due, not yet delivered timeline event to every participant; how many it delivered. */
export async function deliverDue(deps: GatewayDeps, course: CourseRow, instance: string): Promise<number> {
  const scenario = scenarioOf(course);
  const due = dueEvents(course, scenario, deps.clock());
  if (due.length === 0) return 0;
  let delivered = 0;
  for (const participant of await participantsOf(deps.db.db, course.code)) {
    const missing = due.filter(({ event, index }) => participant.delivered[keyOf(event, index)] === undefined);
    if (missing.length === 0) continue;
    const claimed = { ...participant.delivered };
    for (const { event, index } of missing) claimed[keyOf(event, index)] = event.kind === 'message' ? crypto.randomUUID() : deps.clock().toISOString();
    // Claim first (only if nobody else changed the row since we read it), then deliver.
    const won = await withDatabase(() =>
      deps.db.db
        .updateTable('training_participants')
        .set({ delivered: JSON.stringify(claimed) })
        .where('course_code', '=', course.code)
        .where('number', '=', participant.number)
        .where('delivered', '=', JSON.stringify(participant.delivered) as never)
        .executeTakeFirst(),
    );
    if (Number(won.numUpdatedRows) === 0) continue;
    for (const { event } of missing) {
      if (event.kind === 'message') await sendScenarioMessage(deps, scenario, event, participant, claimed[event.key] ?? '', instance);
      else await applyFault(deps, course, participant, event.fault);
      delivered += 1;
    }
  }
  return delivered;
}

const keyOf = (event: Scenario['timeline'][number], index: number) => (event.kind === 'message' ? event.key : `fault:${index}`);

/** The timeline events that are due at `now` (none before the course has started), with their index. */
function dueEvents(course: CourseRow, scenario: Scenario, now: Date): { event: Scenario['timeline'][number]; index: number }[] {
  if (course.state === 'created') return [];
  const minute = courseMinute(course, now);
  return scenario.timeline.map((event, index) => ({ event, index })).filter(({ event }) => event.atMinute <= minute);
}

/** Whether some participant has a due timeline event not yet delivered (what the timeline job looks for). */
export function hasPendingDue(course: CourseRow, participants: readonly ParticipantRow[], now: Date): boolean {
  const due = dueEvents(course, scenarioOf(course), now);
  return participants.some((p) => due.some(({ event, index }) => p.delivered[keyOf(event, index)] === undefined));
}

async function sendScenarioMessage(deps: GatewayDeps, scenario: Scenario, event: MessageEvent, participant: ParticipantRow, messageId: string, instance: string): Promise<void> {
  const from = scenario.counterparts.find((c) => c.key === event.from);
  if (!from) return;
  const body = {
    data: {
      type: 'messages',
      attributes: {
        messageId,
        confidentiality: event.confidential,
        label: event.label,
        sender: participantOfAddress(from.functionAddress),
        recipient: PRACTICE_ORGANIZATION.id,
        senderAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: from.functionAddress, label: from.name } },
        recipientAttention: {
          subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: participant.mailbox_id },
          ...(event.personnummer ? { attentionPerson: [{ root: REFERENCE_ROOTS.personnummer, extension: event.personnummer.replace('-', ''), label: 'Personnummer' }] } : {}),
        },
        digitalDocument: [{ documentId: '1', index: '1', contentTextBody: [event.text] }],
      },
    },
  };
  const result = await callUpstream(deps.mt, '/sdk/messages', { method: 'POST', body: JSON.stringify(body), instance });
  if (result.response) await result.response.arrayBuffer().catch(() => undefined);
  if (result.problem || (result.response && !result.response.ok)) {
    deps.logger.warn('training: scenario message not delivered', { course: participant.course_code, participant: participant.number, event: event.key });
  }
}

/** A fault for one participant: in the simulator (receipts) or in the gateway (service, session). */
export async function applyFault(deps: GatewayDeps, course: CourseRow, participant: ParticipantRow, fault: Fault): Promise<void> {
  const now = deps.clock();
  const sim = simOf(deps.mt);
  let detail: string | null = null;
  let until: Date | null = null;
  switch (fault.kind) {
    case 'reject': {
      const reason = fault.reason ?? DEFAULT_REASON[fault.code];
      await sim.queueFault(participant.mailbox_id, { kind: 'reject', code: fault.code === 'XSD' ? 'SV' : fault.code, reason });
      detail = `${fault.code}: ${reason}`;
      break;
    }
    case 'delay-receipt':
      await sim.queueFault(participant.mailbox_id, { kind: 'delay-receipt', minutes: fault.minutes });
      detail = `${fault.minutes} min`;
      break;
    case 'unavailable':
      // Course minutes at the course's speed, in real time.
      until = new Date(now.getTime() + (fault.minutes * 60_000) / Math.max(course.speed, 0.01));
      detail = `${fault.minutes} min`;
      break;
    case 'session-expires':
      break;
  }
  await withDatabase(() =>
    deps.db.db
      .insertInto('training_faults')
      .values({ course_code: course.code, number: participant.number, account_id: participant.account_id, kind: fault.kind, detail, at: now, until })
      .execute(),
  );
}

/** The messages of a participant's practice mailbox, sent and received, as the checks see them. */
export async function observedMessages(deps: GatewayDeps, participant: ParticipantRow, needDocuments: boolean, instance: string): Promise<ObservedMessage[] | undefined> {
  const lists = await Promise.all(
    ['recipientAttention', 'senderAttention'].map(async (side) => {
      const result = await callUpstream(deps.mt, `/sdk/messages?filter[${side}.subOrganization.extension]=${encodeURIComponent(participant.mailbox_id)}`, { instance });
      if (!result.response || !result.response.ok) return undefined;
      return ((await result.response.json()) as MessageList).data;
    }),
  );
  if (lists.some((l) => l === undefined)) return undefined;
  const resources = lists.flatMap((l) => l ?? []);
  const observed: ObservedMessage[] = [];
  for (const resource of resources) {
    let attributes: MessageAttributes = resource.attributes;
    if (needDocuments && resource.attributes.refToMessageId && resource.attributes.senderAttention?.subOrganization.extension === participant.mailbox_id) {
      const single = await callUpstream(deps.mt, `/sdk/messages/${encodeURIComponent(resource.id)}`, { instance });
      if (single.response?.ok) attributes = ((await single.response.json()) as MessageSingle).data.attributes;
    }
    observed.push(observe(attributes, participant.mailbox_id));
  }
  return observed;
}

export interface ParticipantProgress {
  participant: ParticipantRow;
  /** undefined when the message service could not be read just now. */
  results: { exercise: string; result: CheckResult }[] | undefined;
}

export async function progressOf(deps: GatewayDeps, course: CourseRow, instance: string): Promise<ParticipantProgress[]> {
  const scenario = scenarioOf(course);
  const needDocuments = scenario.exercises.some((e) => e.check.kind === 'reply' && e.check.pdf);
  const participants = await participantsOf(deps.db.db, course.code);
  return Promise.all(
    participants.map(async (participant) => {
      const messages = await observedMessages(deps, participant, needDocuments, instance);
      const delivered = Object.fromEntries(Object.entries(participant.delivered).filter(([key]) => !key.startsWith('fault:')));
      return {
        participant,
        results: messages && scenario.exercises.map((exercise) => ({ exercise: exercise.id, result: checkExercise(exercise, { messages, delivered, markedDone: participant.marked_done }) })),
      };
    }),
  );
}

/** Back to the start for one participant: empty mailbox, nothing delivered, no faults or marks. */
export async function resetParticipant(deps: GatewayDeps, course: CourseRow, participant: ParticipantRow): Promise<void> {
  await simOf(deps.mt).clearMailbox(participant.mailbox_id);
  await withDatabase(() =>
    deps.db.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('training_participants')
        .set({ delivered: '{}', marked_done: '{}', reset_at: deps.clock() })
        .where('course_code', '=', course.code)
        .where('number', '=', participant.number)
        .execute();
      await trx.deleteFrom('training_faults').where('course_code', '=', course.code).where('number', '=', participant.number).execute();
      await trx.deleteFrom('training_hints').where('course_code', '=', course.code).where('number', '=', participant.number).execute();
    }),
  );
}
