/**
 * Course scenarios (issue 11, ADR 0016): data files validated against this schema. A bad file
 * gets one error per bad field, named by its path ("timeline.2.from"), so a trainer who edited
 * a scenario by hand can find the mistake.
 */
import * as v from 'valibot';
import { isPracticeAddress } from './practice';

export const SCENARIO_FORMAT = 'sdk-mk-scenario';
export const SCENARIO_VERSION = 1;

export const AUDIENCES = ['caseworker', 'superuser'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Faults a scenario (or the trainer) can make happen to one participant. */
export const FAULT_KINDS = ['reject', 'delay-receipt', 'unavailable', 'session-expires'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** Reasons of a rejected message receipt the trainer can choose (Digg: BV, SIG; XSD = schema, SV). */
export const REJECT_CODES = ['BV', 'SIG', 'XSD'] as const;
export type RejectCode = (typeof REJECT_CODES)[number];
/**
 * Who sees a participant's practice mailbox. `own` (the default): only she does — participants
 * never see each other's messages. `shared`: every participant of the course may also read
 * (not send from) every other participant's mailbox, for a scenario that compares or reviews
 * each other's work. The gateway enforces it with its grants (written when the course is made).
 */
export const VISIBILITIES = ['own', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

const text = (max: number) => v.pipe(v.string('måste vara en text'), v.trim(), v.minLength(1, 'får inte vara tomt'), v.maxLength(max, `får vara högst ${max} tecken`));
const slug = v.pipe(v.string('måste vara en text'), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'måste vara små bokstäver, siffror och bindestreck (högst 40)'));
const minute = v.pipe(v.number('måste vara ett tal (minuter)'), v.integer('måste vara ett heltal'), v.minValue(0, 'får inte vara negativt'), v.maxValue(600, 'får vara högst 600'));
const practiceAddress = v.pipe(
  v.string('måste vara en text'),
  v.check(isPracticeAddress, 'måste vara en funktionsadress i en övningsorganisation (…ovning.sdk.se)'),
);

const faultSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('reject'), code: v.picklist(REJECT_CODES, 'måste vara BV, SIG eller XSD'), reason: v.optional(text(300)) }),
  v.strictObject({ kind: v.literal('delay-receipt'), minutes: v.pipe(minute, v.minValue(1, 'måste vara minst 1')) }),
  v.strictObject({ kind: v.literal('unavailable'), minutes: v.pipe(minute, v.minValue(1, 'måste vara minst 1')) }),
  v.strictObject({ kind: v.literal('session-expires') }),
], 'måste vara ett fel av typen reject, delay-receipt, unavailable eller session-expires');

const counterpartSchema = v.strictObject({
  key: slug,
  name: text(120),
  functionAddress: practiceAddress,
});

const messageEvent = v.strictObject({
  kind: v.literal('message'),
  atMinute: minute,
  key: slug,
  from: slug,
  label: text(256),
  text: text(4000),
  confidential: v.optional(v.boolean('måste vara true eller false'), false),
  /** A person the message is about (personnummer), as attentionPerson. */
  personnummer: v.optional(v.pipe(v.string(), v.regex(/^\d{8}-?\d{4}$/, 'måste vara ett personnummer ÅÅÅÅMMDD-NNNN'))),
});

const faultEvent = v.strictObject({ kind: v.literal('fault'), atMinute: minute, fault: faultSchema });

const timelineEvent = v.variant('kind', [messageEvent, faultEvent], 'måste vara en händelse av typen message eller fault');

const checkSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('reply'),
    to: slug,
    confidential: v.optional(v.boolean()),
    personnummer: v.optional(v.boolean()),
    pdf: v.optional(v.boolean()),
  }),
  v.strictObject({ kind: v.literal('sent'), to: v.pipe(v.array(practiceAddress, 'måste vara en lista'), v.minLength(1, 'får inte vara tom')), confidential: v.optional(v.boolean()) }),
  v.strictObject({ kind: v.literal('resend'), failedTo: practiceAddress, to: practiceAddress }),
  v.strictObject({ kind: v.literal('trainer') }),
], 'måste vara en kontroll av typen reply, sent, resend eller trainer');

const exerciseSchema = v.strictObject({
  id: slug,
  title: text(160),
  instructions: text(1000),
  check: checkSchema,
});

export const scenarioSchema = v.pipe(
  v.strictObject({
    format: v.literal(SCENARIO_FORMAT, `måste vara "${SCENARIO_FORMAT}"`),
    version: v.literal(SCENARIO_VERSION, `måste vara ${SCENARIO_VERSION}`),
    id: slug,
    title: text(160),
    audience: v.picklist(AUDIENCES, 'måste vara caseworker eller superuser'),
    goals: v.pipe(v.array(text(300), 'måste vara en lista'), v.minLength(1, 'får inte vara tom')),
    durationMinutes: v.pipe(minute, v.minValue(5, 'måste vara minst 5')),
    introduction: text(2000),
    visibility: v.optional(v.picklist(VISIBILITIES, 'måste vara own (deltagarna ser bara sin egen brevlåda) eller shared (de ser varandras)'), 'own'),
    counterparts: v.array(counterpartSchema, 'måste vara en lista'),
    timeline: v.array(timelineEvent, 'måste vara en lista'),
    exercises: v.pipe(v.array(exerciseSchema, 'måste vara en lista'), v.minLength(1, 'får inte vara tom')),
  }),
  // References inside the file: a message names a counterpart, a reply check a message.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const scenario = dataset.value;
    const counterparts = new Set(scenario.counterparts.map((c) => c.key));
    const messages = new Set<string>();
    scenario.timeline.forEach((event, index) => {
      if (event.kind !== 'message') return;
      if (!counterparts.has(event.from)) {
        addIssue({ message: `namnger ingen motpart i counterparts (${[...counterparts].join(', ') || 'inga'})`, path: pathOf(['timeline', index, 'from'], event.from) });
      }
      if (messages.has(event.key)) addIssue({ message: 'finns redan i tidslinjen (nyckeln måste vara unik)', path: pathOf(['timeline', index, 'key'], event.key) });
      messages.add(event.key);
    });
    const exercises = new Set<string>();
    scenario.exercises.forEach((exercise, index) => {
      if (exercises.has(exercise.id)) addIssue({ message: 'finns redan (övningens id måste vara unikt)', path: pathOf(['exercises', index, 'id'], exercise.id) });
      exercises.add(exercise.id);
      if (exercise.check.kind === 'reply' && !messages.has(exercise.check.to)) {
        addIssue({ message: 'namnger inget meddelande i tidslinjen', path: pathOf(['exercises', index, 'check', 'to'], exercise.check.to) });
      }
    });
  }),
);

/** A path as valibot's issues carry it (only the keys are read back). */
function pathOf(keys: (string | number)[], input: unknown): [v.IssuePathItem, ...v.IssuePathItem[]] {
  const items = keys.map((key) => ({ type: 'object', origin: 'value', input: {}, key, value: input }) as unknown as v.IssuePathItem);
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

export type Scenario = v.InferOutput<typeof scenarioSchema>;

/** A scenario stored before `visibility` existed has none: own. */
export const visibilityOf = (scenario: Pick<Scenario, 'visibility'> | { visibility?: Visibility }): Visibility => (scenario.visibility === 'shared' ? 'shared' : 'own');
export type TimelineEvent = Scenario['timeline'][number];
export type MessageEvent = Extract<TimelineEvent, { kind: 'message' }>;
export type Fault = v.InferOutput<typeof faultSchema>;
export type Exercise = Scenario['exercises'][number];
export type ExerciseCheck = Exercise['check'];

export interface ScenarioFieldError {
  /** Dotted path in the file ("timeline.2.from"); "(hela filen)" for the file as a whole. */
  field: string;
  message: string;
}

export type ScenarioParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioFieldError[] };

/** Validates a parsed JSON value as a scenario. */
export function parseScenario(value: unknown): ScenarioParseResult {
  const result = v.safeParse(scenarioSchema, value);
  if (result.success) return { ok: true, scenario: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path = (issue.path ?? []).map((item) => String(item.key));
      const message = issue.input === undefined && issue.type !== 'raw_check' ? 'saknas (obligatoriskt fält)' : issue.message;
      return { field: path.length > 0 ? path.join('.') : '(hela filen)', message };
    }),
  };
}

/** Validates the text of a scenario file (what a trainer imports). */
export function parseScenarioText(source: string): ScenarioParseResult {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, errors: [{ field: '(hela filen)', message: `är inte giltig JSON (${error instanceof Error ? error.message : 'okänt fel'})` }] };
  }
  return parseScenario(value);
}

/** The messages of the timeline due at course minute `minute`, in timeline order. */
export function eventsDue(scenario: Scenario, atMinute: number): { index: number; event: TimelineEvent }[] {
  return scenario.timeline.map((event, index) => ({ index, event })).filter(({ event }) => event.atMinute <= atMinute);
}
