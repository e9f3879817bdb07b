/**
 * Test helpers for the SDK message XML (Node only: reads Digg's files from ../shared and runs
 * libxml2 compiled to WebAssembly). Never imported by the app.
 */
import { readFileSync } from 'node:fs';
import { validateXML, memoryPages } from 'xmllint-wasm';
import { sharedSpecPath } from '../../../testing/sharedSpec';
import { TINY_PDF_BASE64 } from '../../rules/testing/validRequest';
import { FUNCTIONAL_ADDRESS_ROOT } from '../../ids';
import type { MessageXmlData } from '../types';

export const MESSAGE_XSD = 'message-v3/MessageWithAttachments_3.0.xsd';

/** Digg's example and test messages: the bare payloads and the two XHE/AS4-wrapped ones. */
export const DIGG_MESSAGE_FILES = [
  'message-v3/examples/messageWithAttachments3.xml',
  'message-v3/testdata/min.xml',
  'message-v3/examples/xhe_unencrypted_payload.xml',
  'message-v3/examples/xhe_unencrypted.xml',
] as const;

export function readSharedSpec(rel: string): string {
  return readFileSync(sharedSpecPath(rel), 'utf8');
}

export interface XsdResult {
  valid: boolean;
  errors: string[];
}

/** Validates against Digg's XSD with xmllint (libxml2). */
export async function validateAgainstXsd(xml: string): Promise<XsdResult> {
  const result = await validateXML({
    xml: [{ fileName: 'message.xml', contents: xml }],
    schema: [{ fileName: 'MessageWithAttachments_3.0.xsd', contents: readSharedSpec(MESSAGE_XSD) }],
    maxMemoryPages: 1 * memoryPages.GiB,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}

/** A message using every part of the model: references, persons, several documents, a PDF. */
export function richMessage(): MessageXmlData {
  return {
    creationDateTime: '2026-11-20T08:15:30.120Z',
    messageId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    conversationId: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
    refToMessageId: '11111111-2222-4333-8444-555555555555',
    label: 'Kallelse till SIP-möte <&> "citat" \'apostrof\' 🗓️',
    confidentiality: true,
    generatingSystem: { root: 'urn:example:system', extension: 'Meddelandeklient 0.1' },
    recipient: '0203:lund.se',
    sender: '0203:malmo.se',
    recipientAttention: {
      subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: 'sdk:socialtjanst:0203:lund.se', label: 'Socialtjänsten' },
      referenceId: [{ root: '1.2.752.129.2.1.3.1', extension: '19121212-1212', label: 'Tolvan Tolvansson' }],
    },
    senderAttention: {
      subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: 'sdk:socialtjanst-barn-unga:0203:malmo.se', label: 'Barn & unga' },
      attentionPerson: [
        { root: '1.2.752.29.6.2.1', extension: 'SE2321000016-anna', label: 'Anna Lindqvist' },
        { root: '1.2.752.129.2.1.3.1', extension: '19121212-1212' },
      ],
      referenceId: [
        { root: 'dnr', extension: 'SOC 2026/123', label: 'Diarienummer' },
        { root: '1.2.752.129.2.1.3.3', extension: '19701063-2391' },
      ],
    },
    digitalDocument: [
      {
        documentId: 'SDK-Meddelande',
        documentName: 'Kallelse',
        index: '1',
        contentTextBody: [
          '# Kallelse\n\nHej! Välkommen till **SIP-möte** den 3 december.\n\n* punkt ett\n* punkt två\n\n---\n\nMvh  \nAnna',
          'Specialtecken: <script>alert("x")</script> & a < b > c \'q\' ]]> 😀',
        ],
      },
      {
        documentId: 'bilaga-1',
        documentName: 'Underlag',
        index: '2',
        contentFiles: [{ fileName: 'underlag.pdf', contentType: 'application/pdf', content: TINY_PDF_BASE64 }],
        contentTextBody: ['Se bifogat underlag.'],
      },
    ],
  };
}
