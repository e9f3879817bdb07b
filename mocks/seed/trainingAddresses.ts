/**
 * Training function addresses with fixed behaviour, for demos and courses: send to one of these
 * to see what a rejected message or a missing message receipt looks like. The reasons follow
 * the shape of Digg's message receipt examples (LineID, ResponseCode, StatusReasonCode,
 * StatusReason).
 */
import { TEST_FUNCTIONS } from '../../src/sdk/connectionTest';
import type { SeedFunctionAddress } from './types';

/** Digg's test functions (the connection test's cases, src/sdk/connectionTest.ts). */
export const TRAINING = {
  accepts: TEST_FUNCTIONS.accepted,
  rejects: TEST_FUNCTIONS.rejectedBv,
  rejectsSignature: TEST_FUNCTIONS.signatureError,
  noReceipt: TEST_FUNCTIONS.missingReceipt,
  /** Accepts and answers back (the connection test's reception test). */
  replies: TEST_FUNCTIONS.reception,
} as const;

/** How long after delivery (virtual time) the answering test function sends its reply. */
export const TEST_REPLY_AFTER_MS = 2_000;

export const TRAINING_FUNCTION_ADDRESSES: readonly SeedFunctionAddress[] = [
  {
    identifier: TRAINING.accepts,
    name: 'Testfunktion – tar emot meddelanden',
    description: 'Övningsadress: tar emot alla meddelanden och svarar med meddelandekvittens ACCEPTED.',
    organization: 'digg',
  },
  {
    identifier: TRAINING.rejects,
    name: 'Testfunktion – avvisar meddelanden',
    description: 'Övningsadress: avvisar alla meddelanden (meddelandekvittens REJECTED med två BV-orsaker).',
    organization: 'digg',
    behaviour: {
      kind: 'reject',
      lines: [
        {
          responseCode: 'BV',
          statusReasonCode: 'RegelID-123',
          statusReason: 'Mottagaren tar inte emot meddelanden av denna typ.',
          lineId: '/Nyttolast/Typkod',
        },
        {
          responseCode: 'BV',
          statusReasonCode: 'RegelID-111',
          statusReason: 'Referensen följer inte mottagarens policy för diarienummer.',
          lineId: '/Nyttolast/Referens',
        },
      ],
    },
  },
  {
    identifier: TRAINING.rejectsSignature,
    name: 'Testfunktion – avvisar (signaturfel)',
    description: 'Övningsadress: avvisar alla meddelanden med orsakskod SIG (signaturen kunde inte verifieras).',
    organization: 'digg',
    behaviour: {
      kind: 'reject',
      lines: [{ responseCode: 'SIG', statusReason: 'Signaturen kunde inte verifieras.', lineId: 'NA' }],
    },
  },
  {
    identifier: TRAINING.noReceipt,
    name: 'Testfunktion – kvittens uteblir',
    description: 'Övningsadress: meddelanden levereras till accesspunkten men ingen meddelandekvittens kommer.',
    organization: 'digg',
    behaviour: { kind: 'noReceipt' },
  },
  {
    identifier: TRAINING.replies,
    name: 'Testfunktion – svarar',
    description: 'Övningsadress: tar emot meddelanden (ACCEPTED) och skickar strax ett svar tillbaka till avsändarens funktionsadress.',
    organization: 'digg',
    behaviour: { kind: 'accept', replyAfterMs: TEST_REPLY_AFTER_MS },
  },
];
