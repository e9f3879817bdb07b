/**
 * Training function addresses with fixed behaviour, for demos and courses: send to one of these
 * to see what a rejected message or a missing message receipt looks like. The reasons follow
 * the shape of Digg's message receipt examples (LineID, ResponseCode, StatusReasonCode,
 * StatusReason).
 */
import type { SeedFunctionAddress } from './types';

export const TRAINING = {
  accepts: 'sdk:test-tar-emot:0203:digg.se',
  rejects: 'sdk:test-avvisar:0203:digg.se',
  rejectsSignature: 'sdk:test-signaturfel:0203:digg.se',
  noReceipt: 'sdk:test-kvittens-uteblir:0203:digg.se',
} as const;

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
];
