/**
 * /sdk/messages routes (B1.4.2 §3): sendMessage, getMessageByFilter, getMessageById,
 * deleteMessageById, each behind its scope and the auth_id visibility rule.
 */
import { http, type HttpHandler } from 'msw';
import type { MessageList, MessageSingle } from '../../src/sdk/model';
import { canDeleteInStatus } from '../../src/sdk/status';
import { authorize, OPERATION_SCOPES } from '../auth/authorize';
import type { TokenVerifier } from '../auth/verifyToken';
import { badRequestResponse, notFoundResponse, problemInstance } from '../http/problemResponses';
import { messageAttributesAt, resourceOf, toMessageResource } from '../store/messageView';
import { findVisible, isVisibleTo } from '../store/visibility';
import type { MockWorld } from '../world';
import { acceptMessage } from './acceptMessage';
import { matchesFilter, parseMessageFilter } from './messageFilters';

export const API_META = { version: 'sdk api 1.0.0' } as const;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export function messageRoutes(baseUrl: string, world: MockWorld, verifyToken: TokenVerifier): HttpHandler[] {
  const collection = `${baseUrl}/sdk/messages`;
  const single = `${baseUrl}/sdk/messages/:messageId`;

  return [
    http.post(collection, async ({ request }) => {
      const auth = await authorize(request, verifyToken, OPERATION_SCOPES.sendMessage);
      if (auth.response) return auth.response;
      const url = new URL(request.url);
      world.settle();

      let body: unknown;
      try {
        body = JSON.parse(await request.text());
      } catch {
        body = undefined; // validateCreateMessage reports it as request.structure
      }
      const result = acceptMessage(world, auth.claims, body, problemInstance(url));
      if (result.response) return result.response;

      world.store.add(result.record);
      const location = `${url.pathname}/${result.record.id}`;
      const payload: MessageSingle = {
        meta: API_META,
        links: { self: new URL(location, url).href },
        data: toMessageResource(result.record, world.clock.now(), { withDocuments: true }),
      };
      return json(payload, 201, { Location: location });
    }),

    http.get(collection, async ({ request }) => {
      const auth = await authorize(request, verifyToken, OPERATION_SCOPES.getMessageByFilter);
      if (auth.response) return auth.response;
      const url = new URL(request.url);
      const parsed = parseMessageFilter(url.searchParams);
      if (parsed.issues) return badRequestResponse('Invalid filter parameters.', problemInstance(url), parsed.issues);

      world.settle();
      const now = world.clock.now();
      // Each record's status (and events) computed once: filtered on, then answered with.
      const data = world.store
        .all()
        .filter((record) => isVisibleTo(record, auth.claims.authIds))
        .map((record) => ({ id: record.id, attributes: messageAttributesAt(record, now) }))
        .filter(({ attributes }) => matchesFilter(attributes, parsed.filter))
        .sort(
          (a, b) =>
            Date.parse(b.attributes.creationDateTime) - Date.parse(a.attributes.creationDateTime) || a.id.localeCompare(b.id),
        )
        .map(({ id, attributes }) => resourceOf(id, attributes, { withDocuments: false }));
      const payload: MessageList = { meta: API_META, links: { self: url.href }, data };
      return json(payload);
    }),

    http.get(single, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, OPERATION_SCOPES.getMessageById);
      if (auth.response) return auth.response;
      const url = new URL(request.url);
      world.settle();
      const record = findVisible(world.store.all(), auth.claims.authIds, String(params.messageId));
      if (!record) return notFoundResponse(problemInstance(url));
      const payload: MessageSingle = {
        meta: API_META,
        links: { self: url.href },
        data: toMessageResource(record, world.clock.now(), { withDocuments: true }),
      };
      return json(payload);
    }),

    http.delete(single, async ({ request, params }) => {
      const auth = await authorize(request, verifyToken, OPERATION_SCOPES.deleteMessageById);
      if (auth.response) return auth.response;
      const url = new URL(request.url);
      world.settle();
      const record = findVisible(world.store.all(), auth.claims.authIds, String(params.messageId));
      if (!record) return notFoundResponse(problemInstance(url));

      const status = messageAttributesAt(record, world.clock.now()).messageStatus;
      if (!canDeleteInStatus(status)) {
        return badRequestResponse(
          `Only messages in a final status (NEW, ACCEPTED, MESSAGE_EXCHANGE_ERROR) can be deleted; this message is ${status}.`,
          problemInstance(url),
          [{ typeCode: status, title: 'Message not in a final status', detail: `messageStatus is ${status}`, in: 'messageStatus', dateTime: world.clock.now().toISOString() }],
        );
      }
      world.store.remove(record.id);
      return new Response(null, { status: 202 });
    }),
  ];
}
