// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { missingSharedSpec } from '../../testing/sharedSpec';
import { fromMessageXml } from './fromMessageXml';
import { checkMessageConstraints } from './messageConstraints';
import { MESSAGE_XSD, richMessage, validateAgainstXsd } from './testing/messageXsd';
import { toMessageXml } from './toMessageXml';
import { MessageXmlExportError, type MessageXmlData, type MessageXmlIssue } from './types';

function exportIssues(data: MessageXmlData): MessageXmlIssue[] {
  try {
    toMessageXml(data);
  } catch (error) {
    if (error instanceof MessageXmlExportError) return [...error.issues];
    throw error;
  }
  throw new Error('expected the export to be refused');
}

function readBack(xml: string): MessageXmlData {
  const parsed = fromMessageXml(xml);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.message;
}

describe('toMessageXml: the document', () => {
  it('is a UTF-8 messagePayload in the SDK namespace, header before body, files before texts', () => {
    const xml = toMessageXml(richMessage());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<tns:messagePayload xmlns:tns="urn:riv:infrastructure:messaging:MessageWithAttachments:3">')).toBe(true);
    const order = ['creationDateTime', 'messageId', 'conversationId', 'refToMessageId', 'tns:label', 'confidentiality', 'generatingSystem', 'recipient>', 'sender>', 'messageBody'];
    const positions = order.map((name) => xml.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const secondDocument = xml.slice(xml.lastIndexOf('<tns:documents>'));
    expect(secondDocument.indexOf('<tns:ContentFiles>')).toBeLessThan(secondDocument.indexOf('<tns:ContentText>'));
  });

  it('escapes every special character and reads back the same text', () => {
    const data = richMessage();
    const xml = toMessageXml(data);
    expect(xml).toContain('Kallelse till SIP-möte &lt;&amp;&gt; &quot;citat&quot; &apos;apostrof&apos; 🗓️');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    expect(readBack(xml)).toEqual(data);
  });

  it('writes organisation and function names from the lookups, and none when unknown', () => {
    const data = richMessage();
    delete data.senderAttention?.subOrganization.label;
    const names: Record<string, string> = { '0203:lund.se': 'Lunds kommun', 'sdk:socialtjanst-barn-unga:0203:malmo.se': 'Barn och unga' };
    const xml = toMessageXml(data, { organizationName: (id) => names[id], functionAddressName: (id) => names[id] });
    const back = readBack(xml);
    expect(back.recipientLabel).toBe('Lunds kommun');
    expect(back.senderLabel).toBeUndefined();
    expect(back.senderAttention?.subOrganization.label).toBe('Barn och unga');
    // The message's own function name wins over the address book's.
    expect(back.recipientAttention?.subOrganization.label).toBe('Socialtjänsten');
  });

  it('leaves out a looked-up name that would break the 256-character limit', () => {
    const xml = toMessageXml(richMessage(), { organizationName: () => 'x'.repeat(257) });
    expect(readBack(xml).recipientLabel).toBeUndefined();
  });

  it('converts a creationDateTime without milliseconds or in another zone to the schematron form', () => {
    const whole = readBack(toMessageXml({ ...richMessage(), creationDateTime: '2018-09-12T15:06:00Z' }));
    expect(whole.creationDateTime).toBe('2018-09-12T15:06:00.000Z');
    const offset = readBack(toMessageXml({ ...richMessage(), creationDateTime: '2026-01-02T10:00:00.5+01:00' }));
    expect(offset.creationDateTime).toBe('2026-01-02T09:00:00.500Z');
  });
});

describe('toMessageXml: what cannot be written (the schematron forbids empty elements)', () => {
  it('leaves out optional values that are missing or blank', () => {
    const data: MessageXmlData = {
      ...richMessage(),
      label: '   ',
      refToMessageId: '',
      generatingSystem: { root: '', extension: '' },
      recipientAttention: { subOrganization: { root: '', extension: 'sdk:b:0203:lund.se' }, referenceId: [] },
      senderAttention: {
        subOrganization: { root: '', extension: 'sdk:a:0203:malmo.se', label: '' },
        attentionPerson: [{ root: '', extension: '', label: ' ' }],
        referenceId: [{ root: '', extension: '' }],
      },
      digitalDocument: [
        { documentId: 'tom', documentName: '', index: '', contentTextBody: ['', ' \n '] },
        { documentId: 'd1', contentTextBody: ['Hej', '\t'] },
      ],
    };
    const xml = toMessageXml(data);
    for (const element of ['refToMessageId', 'generatingSystem', 'person', 'reference>', 'documentName', 'index', 'documentID>tom']) {
      expect(xml).not.toContain(element);
    }
    expect(xml).not.toMatch(/<tns:label>/);
    expect(xml).toMatch(/<tns:characterSequence>Hej<\/tns:characterSequence>/);
    expect(xml.match(/<tns:ContentText>/g)).toHaveLength(1);
    expect(checkMessageConstraints(xml)).toEqual([]);
  });

  it('refuses a label over 256 characters (counted as the schematron counts: 😀 is one)', () => {
    expect(() => toMessageXml({ ...richMessage(), label: '😀'.repeat(256) })).not.toThrow();
    expect(exportIssues({ ...richMessage(), label: '😀'.repeat(257) })).toEqual([{ code: 'too-long', path: 'messageHeader/label' }]);
    const data = richMessage();
    data.recipientAttention!.referenceId![0]!.label = 'r'.repeat(257);
    expect(exportIssues(data)).toEqual([{ code: 'too-long', path: 'messageHeader/recipient/attention/reference[1]/label' }]);
  });

  it('refuses what the XSD requires but the message lacks, naming every problem', () => {
    const issues = exportIssues({
      ...richMessage(),
      messageId: 'not-a-uuid',
      creationDateTime: '2019-09-03T12:04:13.123',
      recipient: '',
      recipientAttention: undefined,
      digitalDocument: [{ documentId: '', contentFiles: [{ fileName: 'a.pdf', contentType: '', content: 'not base64!' }] }],
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { code: 'bad-date-time', path: 'messageHeader/creationDateTime' },
        { code: 'not-uuid', path: 'messageHeader/messageId' },
        { code: 'missing', path: 'messageHeader/recipient/recipientID/extension' },
        { code: 'missing', path: 'messageHeader/recipient/attention/subOrganization/organizationId/extension' },
        { code: 'missing', path: 'messageBody/documents[1]/ContentFiles[1]/contentType', subject: 'a.pdf' },
        { code: 'not-base64', path: 'messageBody/documents[1]/ContentFiles[1]/content', subject: 'a.pdf' },
        { code: 'missing', path: 'messageBody/documents[1]/documentID' },
      ]),
    );
    expect(issues).toHaveLength(7);
  });

  it('refuses a message with no text or file at all, and a function address with a foreign root', () => {
    expect(exportIssues({ ...richMessage(), digitalDocument: [{ documentId: 'd', contentTextBody: [' '] }] })).toEqual([
      { code: 'no-content', path: 'messageBody/documents' },
    ]);
    const data = richMessage();
    data.recipientAttention!.subOrganization.root = 'urn:other';
    expect(exportIssues(data)).toEqual([{ code: 'wrong-root', path: 'messageHeader/recipient/attention/subOrganization/organizationId/root' }]);
  });
});

describe.skipIf(missingSharedSpec(MESSAGE_XSD))("toMessageXml against Digg's XSD and schematron", () => {
  it('a rich message validates: references, persons, generating system, several documents, Markdown, emoji, a PDF', async () => {
    const xml = toMessageXml(richMessage(), { organizationName: (id) => (id === '0203:lund.se' ? 'Lunds kommun' : undefined) });
    expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
    expect(checkMessageConstraints(xml)).toEqual([]);
  });

  it('the validator does reject a broken document (so a pass above means something)', async () => {
    const xml = toMessageXml(richMessage()).replace('<tns:confidentiality>true', '<tns:confidentiality>ja');
    const result = await validateAgainstXsd(xml);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/confidentiality/);
    const misordered = toMessageXml(richMessage()).replace(/(<tns:messageId>[^<]*<\/tns:messageId>)\s*(<tns:conversationId>[^<]*<\/tns:conversationId>)/, '$2$1');
    expect((await validateAgainstXsd(misordered)).valid).toBe(false);
  });

  it('a minimal message (no optional parts) validates', async () => {
    const xml = toMessageXml({
      creationDateTime: '2026-11-20T08:15:30Z',
      messageId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      conversationId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      label: '',
      confidentiality: false,
      recipient: '0203:lund.se',
      sender: '0203:malmo.se',
      recipientAttention: { subOrganization: { root: '', extension: 'sdk:socialtjanst:0203:lund.se' } },
      digitalDocument: [{ documentId: 'd', contentTextBody: ['x'] }],
    });
    expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
    expect(checkMessageConstraints(xml)).toEqual([]);
  });

  it('hostile text still makes well-formed, valid XML: ]]>, <!DOCTYPE, entities, forbidden control characters', async () => {
    const hostile = 'a ]]> b <!DOCTYPE x [<!ENTITY e "boom">]> &e; &amp; <![CDATA[c]]> \u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF \uD800 lone \uDC00 \r\n\t end \u202E bidi 😀';
    const data = richMessage();
    data.label = hostile;
    data.digitalDocument![0]!.contentTextBody = [hostile];
    data.senderAttention!.attentionPerson![0]!.label = '<b onclick="x">Anna</b>';
    const xml = toMessageXml(data);

    expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
    expect(checkMessageConstraints(xml)).toEqual([]);
    expect(xml).not.toContain('<!DOCTYPE');
    // oxlint-disable-next-line no-control-regex -- looking for control characters on purpose
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);

    // Forbidden characters become U+FFFD one for one; CR, LF, tab, bidi and emoji survive.
    const expected = 'a ]]> b <!DOCTYPE x [<!ENTITY e "boom">]> &e; &amp; <![CDATA[c]]> ' + '\uFFFD'.repeat(8) + ' \uFFFD lone \uFFFD \r\n\t end \u202E bidi 😀';
    const back = readBack(xml);
    expect(back.label).toBe(expected);
    expect(back.digitalDocument?.[0]?.contentTextBody).toEqual([expected]);
    expect(back.senderAttention?.attentionPerson?.[0]?.label).toBe('<b onclick="x">Anna</b>');
  });
});
