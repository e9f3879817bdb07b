/** A valid sendMessage request for tests: Malmö barn och unga → Lund socialtjänst by default. */
import type { CreateMessageAttributes, CreateMessageRequest } from '../../src/sdk/model';
import { FUNCTIONAL_ADDRESS_ROOT } from '../../src/sdk/ids';
import { FA } from '../personas';

export interface TestMessageOptions {
  from?: string;
  sender?: string;
  to?: string;
  recipient?: string;
  attributes?: Partial<CreateMessageAttributes>;
  id?: string;
}

const participantOf = (functionAddress: string) => functionAddress.split(':').slice(2).join(':');

export function testMessageRequest(options: TestMessageOptions = {}): CreateMessageRequest {
  const from = options.from ?? FA.malmoBarnUnga;
  const to = options.to ?? FA.lundSocialtjanst;
  return {
    data: {
      type: 'messages',
      ...(options.id ? { id: options.id } : {}),
      attributes: {
        confidentiality: true,
        label: 'Begäran om yttrande',
        sender: options.sender ?? participantOf(from),
        recipient: options.recipient ?? participantOf(to),
        senderAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: from } },
        recipientAttention: { subOrganization: { root: FUNCTIONAL_ADDRESS_ROOT, extension: to } },
        digitalDocument: [{ documentId: 'doc-1', contentTextBody: ['Hej! **Vi behöver** ett yttrande.'] }],
        ...options.attributes,
      },
    },
  };
}
