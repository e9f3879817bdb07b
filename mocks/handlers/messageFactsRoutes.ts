/**
 * GET /mk/message-facts?filter[mailbox]= — what the SDK list leaves out (the list never carries
 * digitalDocument): document and attachment counts per message, so a client can mark and filter
 * messages with attachments without downloading any document.
 *
 * Same rules as getMessageByFilter: its scope, and only records the token's auth_id may see.
 * A mailbox the token may not act for simply has no visible messages (an empty list), exactly
 * as a getMessageByFilter filter on it would.
 */
import { http, type HttpHandler } from 'msw';
import { decodedSize } from '../../src/sdk/documents';
import type { MessageFacts } from '../../src/sdk/model';
import { authorize, OPERATION_SCOPES } from '../auth/authorize';
import type { TokenVerifier } from '../auth/verifyToken';
import { badRequestResponse, problemInstance } from '../http/problemResponses';
import type { MessageRecord } from '../store/messageRecord';
import { isVisibleTo, ownMailboxOf } from '../store/visibility';
import type { MockWorld } from '../world';

const MAILBOX_PARAM = 'filter[mailbox]';

/** Decoded size of base64 text without decoding it (the domain core's rule); 0 for no text. */
export const decodedBase64Length = (content: unknown): number => decodedSize(content) ?? 0;

export function factsOf(record: MessageRecord): MessageFacts {
  const documents = Array.isArray(record.message.digitalDocument) ? record.message.digitalDocument : [];
  let attachmentCount = 0;
  let attachmentBytes = 0;
  for (const document of documents) {
    const files = Array.isArray(document?.contentFiles) ? document.contentFiles : [];
    attachmentCount += files.length;
    for (const file of files) attachmentBytes += decodedBase64Length(file?.content);
  }
  return { id: record.id, documentCount: documents.length, attachmentCount, attachmentBytes };
}

export function messageFactsRoutes(baseUrl: string, world: MockWorld, verifyToken: TokenVerifier): HttpHandler[] {
  return [
    http.get(`${baseUrl}/mk/message-facts`, async ({ request }) => {
      const auth = await authorize(request, verifyToken, OPERATION_SCOPES.getMessageByFilter);
      if (auth.response) return auth.response;
      const url = new URL(request.url);

      const issues = [];
      for (const name of new Set(url.searchParams.keys())) {
        if (name.startsWith('filter[') && name !== MAILBOX_PARAM) {
          issues.push({ typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Invalid filter', detail: `Unknown filter ${name}. Supported: ${MAILBOX_PARAM}.`, in: name });
        }
      }
      const mailboxes = url.searchParams.getAll(MAILBOX_PARAM);
      if (mailboxes.length !== 1 || !mailboxes[0]?.trim()) {
        issues.push({
          typeCode: 'MESSAGE_EXCHANGE_ERROR',
          title: 'Invalid filter',
          detail: `${MAILBOX_PARAM} is required exactly once: the function address whose messages to describe.`,
          in: MAILBOX_PARAM,
        });
      }
      if (issues.length > 0) return badRequestResponse('Invalid filter parameters.', problemInstance(url), issues);
      const mailbox = mailboxes[0];

      world.settle();
      const data = world.store
        .all()
        .filter((record) => isVisibleTo(record, auth.claims.authIds) && ownMailboxOf(record) === mailbox)
        .map(factsOf);
      return new Response(JSON.stringify({ data }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  ];
}
