// @vitest-environment node
/**
 * What the composer sends, against Digg's own schema (createMessage in
 * ../shared/sdk-spec/api/sdk-api-mt-mk-1.0.0.yml): the bytes of the request body as the send
 * path makes them (prefill → ensureSendIds → buildRequests → prepareMessageBody), for new
 * messages, replies and complements, with references of every kind, persons and attachments.
 */
import { describe, expect, it } from 'vitest';
import { createMockWorld } from '../../../../mocks/world';
import { messageAttributesAt } from '../../../../mocks/store/messageView';
import { PERSONAS } from '../../../../mocks/personas';
import { tinyPngBase64 } from '../../../../mocks/seed/files/tinyPng';
import { encodeBase64 } from '../../../sdk/base64Encode';
import type { ContentFile, CreateMessageRequest, LabelledInstanceIdentifier, MessageAttributes } from '../../../sdk/model';
import { DEFAULT_RULE_OPTIONS, TINY_PDF_BASE64, validCreateRequest } from '../../../sdk/rules/fixtures';
import { DIGG_API, diggSchemas } from '../../../test/diggSchema';
import { missingSharedSpec, sharedSpecNote } from '../../../test/sharedSpec';
import { deferContent } from '../attachments/encodedContent';
import { prepareMessageBody } from '../sending/serializeBody';
import { buildRequests, checkForm, ensureSendIds, type SenderInfo } from './buildRequests';
import { emptyValues, type ComposeValues, type ReferenceEntry, type SelectedRecipient } from './composeValues';
import { prefillFrom } from './prefill';

const MALMO_BARN = 'sdk:socialtjanst-barn-unga:0203:malmo.se';
const SENDER: SenderInfo = { participantIdentifier: '0203:malmo.se', functionName: 'Socialtjänsten barn och unga' };
const LUND: SelectedRecipient = {
  identifier: 'sdk:socialtjanst:0203:lund.se',
  participantIdentifier: '0203:lund.se',
  functionName: 'Socialtjänsten',
  organizationName: 'Lunds kommun',
};
const YSTAD: SelectedRecipient = { ...LUND, identifier: 'sdk:socialtjanst:0203:ystad.se', participantIdentifier: '0203:ystad.se', organizationName: 'Ystads kommun' };

/** One entry of every kind the user can pick, without labels of their own (and one with). */
const EVERY_KIND: ReferenceEntry[] = [
  { key: 'p', kind: 'personnummer', value: '19121212-1212', label: 'Tolvan Tolvansson' },
  { key: 's', kind: 'samordningsnummer', value: '197010632391', label: '' },
  { key: 'd', kind: 'diarienummer', value: 'SOC 2026/123', label: '' },
  { key: 'a', kind: 'arendenummer', value: 'Ä-77', label: '' },
  { key: 'o', kind: 'other', value: 'Vår ref 9', label: '' },
];

const FILES: ContentFile[] = [
  { fileName: 'kallelse.pdf', contentType: 'application/pdf', content: TINY_PDF_BASE64 },
  { fileName: 'skiss.png', contentType: 'image/png', content: tinyPngBase64(4, 4) },
  { fileName: 'anteckning.txt', contentType: 'text/plain', content: encodeBase64(new TextEncoder().encode('Hej då')) },
];

/** The request bodies the send path would put on the wire, parsed back. */
async function sentBodies(values: ComposeValues, files: ContentFile[], options: { blobBody?: boolean } = {}): Promise<unknown[]> {
  const { ids } = ensureSendIds(values, {}, undefined);
  const build = buildRequests({ values, sender: SENDER, files, ids });
  // The composer only sends a form without issues; a test of a form with issues proves nothing.
  expect(checkForm(build, DEFAULT_RULE_OPTIONS)).toEqual([]);
  return Promise.all(
    build.messages.map(async ({ request }) => {
      const body = await prepareMessageBody(request, options.blobBody ? { threshold: 0, between: async () => {} } : {});
      return JSON.parse(typeof body === 'string' ? body : await body.text()) as unknown;
    }),
  );
}

function expectValidRequests(bodies: unknown[], what: string): void {
  expect(bodies.length).toBeGreaterThan(0);
  for (const [i, body] of bodies.entries()) {
    const label = `${what}, message ${i + 1}`;
    expect({ [label]: diggSchemas().errors('createMessage', body) }).toEqual({ [label]: [] });
  }
}

const newMessage = (change: Partial<ComposeValues> = {}): ComposeValues => ({
  ...emptyValues(MALMO_BARN),
  recipients: [LUND],
  label: 'Kallelse till SIP-möte',
  confidentiality: true,
  text: 'Hej! Välkommen till **SIP-möte**.',
  ...change,
});

/** Every message in the seed that a persona's mailbox received or sent, as the reader has it. */
function seededMessages(): { id: string; mailboxes: string[]; direction: string; attributes: MessageAttributes }[] {
  const world = createMockWorld();
  const now = world.clock.now();
  return world.store.all().flatMap((record) => {
    const attributes = messageAttributesAt(record, now);
    const own = record.direction === 'incoming' ? attributes.recipientAttention : attributes.senderAttention;
    const persona = PERSONAS.find((p) => p.functionAddresses.includes(own?.subOrganization.extension ?? ''));
    return persona ? [{ id: record.id, mailboxes: [...persona.functionAddresses], direction: record.direction, attributes }] : [];
  });
}

const NAMES = { functionName: () => undefined, organizationName: () => undefined };

describe.skipIf(missingSharedSpec(DIGG_API))(`What the composer sends, against Digg's createMessage${sharedSpecNote(DIGG_API)}`, () => {
  it('the validator has teeth: the composer’s old reference without a label fails', () => {
    const request = validCreateRequest();
    // What the composer used to send; the type no longer allows it.
    request.data.attributes.recipientAttention!.referenceId = [{ root: 'dnr', extension: 'LUND 2026/9' } as LabelledInstanceIdentifier];
    expect(diggSchemas().errors('createMessage', request)).toEqual([expect.stringContaining("required property 'label'")]);
  });

  it('the rules’ own valid fixture is valid for Digg too', () => {
    expectValidRequests([validCreateRequest() as CreateMessageRequest], 'fixture');
  });

  it('a new message: text only; references of every kind, a person by HSA-id, three attachments; a send list', async () => {
    expectValidRequests(await sentBodies(newMessage(), []), 'text only');
    expectValidRequests(
      await sentBodies(newMessage({ references: EVERY_KIND, person: { hsaId: 'SE2321000016-erik', name: 'Erik Johansson' } }), FILES),
      'references, person, attachments',
    );
    expectValidRequests(await sentBodies(newMessage({ text: '', confidentiality: false }), FILES.slice(0, 1)), 'attachment only');
    expectValidRequests(await sentBodies(newMessage({ recipients: [LUND, YSTAD], conversationMode: 'shared' }), FILES), 'send list');
  });

  it('a person by HSA-id alone or by name alone', async () => {
    expectValidRequests(await sentBodies(newMessage({ person: { hsaId: 'SE2321000016-erik', name: '' } }), []), 'HSA-id only');
    expectValidRequests(await sentBodies(newMessage({ person: { hsaId: '', name: 'Karin Svensson' } }), []), 'name only');
  });

  it('a large attachment, spliced into the body as a Blob, gives the same valid request', async () => {
    const pdf: ContentFile = { fileName: 'stor.pdf', contentType: 'application/pdf', content: deferContent(new Blob([TINY_PDF_BASE64])) };
    expectValidRequests(await sentBodies(newMessage({ references: EVERY_KIND }), [pdf], { blobBody: true }), 'blob body');
  });

  it('a reply to every received seed message and a complement to every sent one, with our own references added', async () => {
    const originals = seededMessages();
    expect(originals.filter((m) => m.direction === 'incoming').length).toBeGreaterThan(5);
    expect(originals.filter((m) => m.direction === 'outgoing').length).toBeGreaterThan(5);
    for (const original of originals) {
      const kind = original.direction === 'incoming' ? 'reply' : 'complement';
      const prefill = prefillFrom(kind, original, original.mailboxes, NAMES, kind === 'reply' ? 'SV: ' : 'Komplettering: ');
      expect(prefill.ok).toBe(true);
      if (!prefill.ok) continue;
      const values: ComposeValues = {
        ...prefill.values,
        confidentiality: prefill.originalConfidentiality,
        text: 'Tack, här kommer svaret.',
        references: [...prefill.values.references, ...EVERY_KIND.slice(2)],
      };
      expectValidRequests(await sentBodies(values, FILES.slice(0, 1)), `${kind} to “${original.attributes.label}”`);
    }
  });

  it('a reply to a message whose references and persons came without labels (as B1.3.3 allows)', async () => {
    const [original] = seededMessages().filter((m) => m.direction === 'incoming');
    expect(original).toBeDefined();
    if (!original) return;
    const unlabelled = structuredClone(original.attributes);
    for (const attention of [unlabelled.senderAttention, unlabelled.recipientAttention]) {
      attention?.referenceId?.forEach((r) => delete r.label);
      attention?.attentionPerson?.forEach((p) => delete p.label);
    }
    unlabelled.senderAttention!.referenceId = [{ root: '37.3.818.dummy', extension: '02ae6023-658c-43e7-bb5c-4d79ecddf20e' }];
    unlabelled.senderAttention!.attentionPerson = [
      { root: '1.2.752.29.6.2.1', extension: 'SE2321000016-karin' },
      { root: '1.2.752.129.2.1.2.1', extension: 'Karin Svensson' },
    ];
    const prefill = prefillFrom('reply', { id: original.id, attributes: unlabelled }, original.mailboxes, NAMES, 'SV: ');
    expect(prefill.ok).toBe(true);
    if (!prefill.ok) return;
    const values = { ...prefill.values, confidentiality: true, text: 'Svar.' };
    expectValidRequests(await sentBodies(values, []), 'reply to unlabelled identifiers');
  });
});
