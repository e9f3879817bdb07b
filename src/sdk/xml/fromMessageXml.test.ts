// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fromMessageXml } from './fromMessageXml';
import { checkMessageConstraints } from './messageConstraints';
import { richMessage } from './testing/messageXsd';
import { toMessageXml } from './toMessageXml';

const NS = 'urn:riv:infrastructure:messaging:MessageWithAttachments:3';

/** A small message written with the given way of naming the namespace. */
function message(open: (local: string) => string, close: (local: string) => string, rootAttrs: string, body = 'Hej'): string {
  const e = (local: string, inner: string) => `${open(local)}${inner}${close(local)}`;
  const ii = (root: string, ext: string) => e('root', root) + e('extension', ext);
  const inner = e(
    'message',
    e(
      'messageHeader',
      e('creationDateTime', ' 2022-10-13T18:10:39.843Z ') +
        e('messageId', '7bc5576a-3f87-4cf5-a0c5-277da06fcacb') +
        e('conversationId', '7bc5576a-3f87-4cf5-a0c5-277da06fcacb') +
        e('confidentiality', 'false') +
        e('recipient', e('recipientID', ii('iso6523-actorid-upis', '0203:lund.se')) + e('attention', e('subOrganization', e('organizationId', ii('urn:riv:infrastructure:messaging:functionalAddress', 'fa1'))))) +
        e('sender', e('senderID', ii('iso6523-actorid-upis', '0203:malmo.se'))),
    ) + e('messageBody', e('documents', e('documentID', 'd') + e('ContentText', e('characterSequence', body)))),
  );
  return `<?xml version="1.0"?>\n${open('messagePayload').replace('>', ` ${rootAttrs}>`)}${inner}${close('messagePayload')}`;
}

describe('fromMessageXml', () => {
  it('reads by namespace, not by prefix: tns:, ns:, or a default namespace', () => {
    const prefixed = (p: string) => message((l) => `<${p}:${l}>`, (l) => `</${p}:${l}>`, `xmlns:${p}="${NS}"`);
    const results = [prefixed('tns'), prefixed('ns'), message((l) => `<${l}>`, (l) => `</${l}>`, `xmlns="${NS}"`)].map(fromMessageXml);
    for (const result of results) {
      expect(result.ok && result.message).toMatchObject({
        creationDateTime: '2022-10-13T18:10:39.843Z',
        label: '',
        confidentiality: false,
        recipient: '0203:lund.se',
        sender: '0203:malmo.se',
        recipientAttention: { subOrganization: { extension: 'fa1' } },
        digitalDocument: [{ documentId: 'd', contentTextBody: ['Hej'] }],
      });
    }
  });

  it('does not take elements of another namespace for SDK elements', () => {
    const wrongNs = message((l) => `<x:${l}>`, (l) => `</x:${l}>`, 'xmlns:x="urn:something:else"');
    expect(fromMessageXml(wrongNs)).toEqual({ ok: false, errors: [`no messagePayload element in namespace ${NS}`] });
  });

  it('decodes entities and character references, keeps CDATA as written, keeps whitespace in texts', () => {
    const xml = message((l) => `<t:${l}>`, (l) => `</t:${l}>`, `xmlns:t="${NS}"`, '  &lt;b&gt; &amp;amp; &#x1F600;&#13;\n<![CDATA[<i>&amp;</i>]]>  ');
    const result = fromMessageXml(xml);
    expect(result.ok && result.message.digitalDocument?.[0]?.contentTextBody).toEqual(['  <b> &amp; 😀\r\n<i>&amp;</i>  ']);
  });

  it('refuses a DOCTYPE (no entity expansion), undefined entities and XML that is not well-formed', () => {
    const base = message((l) => `<t:${l}>`, (l) => `</t:${l}>`, `xmlns:t="${NS}"`);
    const withDoctype = base.replace('<?xml version="1.0"?>', '<?xml version="1.0"?><!DOCTYPE t:messagePayload [<!ENTITY boom "BOOM">]>');
    expect(fromMessageXml(withDoctype)).toMatchObject({ ok: false, errors: [expect.stringMatching(/DOCTYPE/)] });
    expect(fromMessageXml(base.replace('Hej', '&nbsp;'))).toMatchObject({ ok: false, errors: [expect.stringMatching(/undefined entity &nbsp;/)] });
    expect(fromMessageXml(base.replace('</t:documents>', ''))).toMatchObject({ ok: false, errors: [expect.stringMatching(/not well-formed/)] });
    expect(fromMessageXml('')).toMatchObject({ ok: false });
  });

  it('names every required element that is missing', () => {
    const xml = toMessageXml(richMessage())
      .replace(/<tns:messageId>[^<]*<\/tns:messageId>/, '')
      .replace(/<tns:documentID>[^<]*<\/tns:documentID>/, '');
    const result = fromMessageXml(xml);
    expect(result).toEqual({ ok: false, errors: ['messageHeader/messageId is missing', 'messageBody/documents[1]/documentID is missing'] });
  });

  it('reports extension elements (xs:any) and a person without personId as not read', () => {
    const xml = toMessageXml(richMessage())
      .replace('<tns:messageBody>', '<x:note xmlns:x="urn:ext">tillägg</x:note><tns:messageBody>')
      .replace(/<tns:person>\s*<tns:personId>[\s\S]*?<\/tns:personId>/, '<tns:person>');
    const result = fromMessageXml(xml);
    expect(result.ok && result.warnings).toEqual([
      'message: extension element {urn:ext}note is not read',
      'messageHeader/sender/attention/person[1] has no personId and is not read',
    ]);
  });
});

describe('checkMessageConstraints (the schematron asserts as code)', () => {
  const valid = () => toMessageXml(richMessage());

  it('accepts our export and finds each rule it mirrors', () => {
    expect(checkMessageConstraints(valid())).toEqual([]);
    const broken = valid()
      .replace(/<tns:creationDateTime>[^<]*</, '<tns:creationDateTime>2019-09-03T12:04:13Z<')
      .replace(/<tns:messageId>[^<]*</, '<tns:messageId>teststring<')
      .replace('<tns:root>iso6523-actorid-upis</tns:root>', '<tns:root>teststring</tns:root>')
      .replace('<tns:documentName>Kallelse</tns:documentName>', '<tns:documentName> </tns:documentName>')
      .replace('<tns:content>JVBERi0xLjQK</tns:content>', '<tns:content>=JVBERi0xLjQK</tns:content>')
      .replace(/<tns:label>Kallelse[^<]*</, `<tns:label>${'x'.repeat(257)}<`);
    const findings = checkMessageConstraints(broken);
    for (const pattern of ['creationDateTime', 'messageId', 'recipientIdvalue', 'verifyNonEmptyElements', 'contentFiles', 'subjectlabel']) {
      expect(findings.filter((f) => f.startsWith(`${pattern} |`))).toHaveLength(1);
    }
  });
});
