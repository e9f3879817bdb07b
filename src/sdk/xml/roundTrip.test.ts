// @vitest-environment node
/**
 * Digg's own example and test messages: each is read, written again by us, validated against
 * the XSD and the schematron rules, and read back to the same data.
 */
import { describe, expect, it } from 'vitest';
import { missingSharedSpec } from '../../testing/sharedSpec';
import { fromMessageXml } from './fromMessageXml';
import { checkMessageConstraints } from './messageConstraints';
import { DIGG_MESSAGE_FILES, MESSAGE_XSD, readSharedSpec, validateAgainstXsd } from './testing/messageXsd';
import { toMessageXml } from './toMessageXml';
import type { MessageXmlData } from './types';

function read(xml: string): MessageXmlData {
  const parsed = fromMessageXml(xml);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  expect(parsed.warnings).toEqual([]);
  return parsed.message;
}

const missing = DIGG_MESSAGE_FILES.some((file) => missingSharedSpec(file)) || missingSharedSpec(MESSAGE_XSD);

describe.skipIf(missing)("Digg's example messages round-trip", () => {
  it.each(DIGG_MESSAGE_FILES)('%s: read → write → valid (XSD + schematron) → read back equal', async (file) => {
    const original = read(readSharedSpec(file));
    const xml = toMessageXml(original);
    expect(await validateAgainstXsd(xml)).toEqual({ valid: true, errors: [] });
    expect(checkMessageConstraints(xml)).toEqual([]);
    expect(read(xml)).toEqual(original);
  });

  it('reads what the examples say, whatever their prefix (ns6:, ns2:, inside XHE, base64 inside AS4)', () => {
    const min = read(readSharedSpec('message-v3/testdata/min.xml'));
    expect(min).toMatchObject({
      messageId: '3a94b4ed-a6d7-41e2-945d-b3fa91e8a6e9',
      label: 'Printerpapper',
      confidentiality: true,
      generatingSystem: { root: '1234', extension: '567' },
      recipient: '0203:test.recipient.inera.se',
      sender: '0203:test.sender.inera.se',
      recipientAttention: {
        attentionPerson: [{ root: '1.2.752.129.2.1.3.1', extension: '19121212-1212' }],
        subOrganization: { extension: 'test.function', label: 'SDK: The function ID of the recipient' },
      },
      digitalDocument: [{ documentId: 'SDK-Meddelande', documentName: 'SDK-Meddelande', index: '1', contentTextBody: ['Teststring'] }],
    });
    const bare = read(readSharedSpec('message-v3/examples/messageWithAttachments3.xml'));
    expect(read(readSharedSpec('message-v3/examples/xhe_unencrypted_payload.xml'))).toEqual(bare);
    expect(read(readSharedSpec('message-v3/examples/xhe_unencrypted.xml'))).toEqual(bare);
    expect(bare.digitalDocument?.[0]?.contentTextBody).toEqual(['Anslut till SDK!']);
  });

  it("Digg's bare payloads validate with our validator too (the harness accepts what it should)", async () => {
    for (const file of ['message-v3/examples/messageWithAttachments3.xml', 'message-v3/testdata/min.xml']) {
      const xml = readSharedSpec(file);
      expect({ file, ...(await validateAgainstXsd(xml)) }).toEqual({ file, valid: true, errors: [] });
      expect({ file, findings: checkMessageConstraints(xml) }).toEqual({ file, findings: [] });
    }
  });
});
