/**
 * A complete, valid sendMessage request for tests (rules, mock service, UI). A fresh deep
 * object on every call, so a test can change it freely.
 */
import { FUNCTIONAL_ADDRESS_ROOT } from '../../ids';
import type { CreateMessageRequest } from '../../model';
import { MAX_MESSAGE_BYTES_DEFAULT } from '../limits';
import type { MessageRuleOptions } from '../types';

/** "%PDF-1.4\n" in base64: a tiny but real-looking attachment. */
export const TINY_PDF_BASE64 = 'JVBERi0xLjQK';

export const DEFAULT_RULE_OPTIONS: MessageRuleOptions = {
  maxMessageBytes: MAX_MESSAGE_BYTES_DEFAULT,
  allowedAttachmentTypes: ['image/png', 'text/plain'],
};

export function validCreateRequest(): CreateMessageRequest {
  return {
    data: {
      type: 'messages',
      attributes: {
        label: 'Kallelse till SIP-möte',
        confidentiality: true,
        sender: '0203:malmo.se',
        recipient: '0203:lund.se',
        senderAttention: {
          subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: 'sdk:socialtjanst-barn-unga:0203:malmo.se', label: 'Barn och unga' },
          attentionPerson: [{ root: '1.2.752.29.6.2.1', extension: 'SE2321000016-anna', label: 'Anna Lindqvist' }],
          referenceId: [{ root: 'dnr', extension: 'SOC 2026/123', label: 'Diarienummer' }],
        },
        recipientAttention: {
          subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: 'sdk:socialtjanst:0203:lund.se', label: 'Socialtjänsten' },
          referenceId: [{ root: '1.2.752.129.2.1.3.1', extension: '19121212-1212', label: 'Tolvan Tolvansson' }],
        },
        digitalDocument: [
          {
            documentId: 'SDK-Meddelande',
            documentName: 'Kallelse',
            index: '1',
            contentTextBody: ['Hej! Välkommen till **SIP-möte** den 3 december.'],
            contentFiles: [{ fileName: 'kallelse.pdf', contentType: 'application/pdf', content: TINY_PDF_BASE64 }],
          },
        ],
      },
    },
  };
}
