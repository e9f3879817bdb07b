/**
 * /sdk/messages through the gateway: the user's token and scope are checked, the mailbox each
 * request names must be granted (403 naming it, before the message service is called), and
 * only then is the message service called with the gateway's own token. Answers carry only
 * records of granted mailboxes; reads, sends and deletes are written to the access log.
 */
import { Hono, type Context } from 'hono';
import { badRequestResponse, forbiddenResponse, notFoundResponse, problemInstance, problemResponse } from '../../src/api/problemResponses';
import { badRequestProblem } from '../../src/sdk/problem';
import { readRecord, readString } from '../../src/sdk/readValue';
import { validateCreateMessage } from '../../src/sdk/rules/validateMessage';
import { OPERATION_SCOPES } from '../../src/sdk/scopes';
import { authenticate } from '../auth/authenticate';
import type { AccessAction, GrantLevel } from '../db/schema';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { logAccess } from '../registry/accessLog';
import { levelAllows, mailboxesFor, type MailboxAccess } from '../registry/grants';
import { callUpstream, readUpstreamText } from '../mt/upstream';
import { singleFlight } from '../mt/singleFlight';
import { ownMailboxOf } from './ownMailbox';
import { createReceivedRecorder } from '../handling/messageMailbox';
import { forgetMessage } from '../handling/store';

export const RECIPIENT_FILTER = 'filter[recipientAttention.subOrganization.extension]';
export const SENDER_FILTER = 'filter[senderAttention.subOrganization.extension]';

type Ctx = Context<GatewayEnv>;

/** A list read from the message service: its text, or the answer to give instead (cloned per caller). */
type ListedText = { ok: true; text: string; answer?: never } | { ok: false; answer: Response; text?: never };

export function forbiddenMailbox(mailbox: string, needed: GrantLevel, instance: string, has?: GrantLevel): Response {
  const detail = has
    ? `Your grant for the function mailbox ${mailbox} is "${has}"; this needs "${needed}".`
    : `You have no grant for the function mailbox ${mailbox}.`;
  return forbiddenResponse(detail, instance, [{ typeCode: 'FORBIDDEN', title: 'Mailbox not granted', detail, in: mailbox }]);
}

/** The granted mailbox with at least `needed`, or the 403 answer naming it. */
export function requireGrant(granted: MailboxAccess[], mailbox: string, needed: GrantLevel, instance: string): Response | undefined {
  const access = granted.find((m) => m.id === mailbox);
  if (access && levelAllows(access.level, needed)) return undefined;
  return forbiddenMailbox(mailbox, needed, instance, access?.level);
}

const jsonResponse = (text: string, status: number, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** The MT's own URLs must not reach the browser: `links.self` names the gateway's URL. */
function withSelfLink(body: Record<string, unknown>, selfUrl: string): Record<string, unknown> {
  const links = readRecord(body['links']);
  return links ? { ...body, links: { ...links, self: selfUrl } } : body;
}

export function messageRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  const db = deps.db.db;
  // Received messages seen in a mailbox list: their handling (ADR 0011) knows their mailbox.
  const recordReceived = createReceivedRecorder(deps);

  // Concurrent polls of the same list share one call to the message service (the answer is
  // the gateway's, not the user's: each user's grants filter it below). No client's abort
  // signal goes into a shared call; the upstream deadline still applies.
  const listOnce = singleFlight<ListedText>();
  const readList = async (url: URL): Promise<ListedText> => {
    const result = await callUpstream(deps.mt, `/sdk/messages${url.search}`, { instance: problemInstance(url) });
    if (result.problem) return { ok: false, answer: result.problem };
    const read = await readUpstreamText(result.response, deps.mt, problemInstance(url));
    if (read.problem) return { ok: false, answer: read.problem };
    if (!result.response.ok) return { ok: false, answer: passThrough(result.response, read.text) };
    return { ok: true, text: read.text };
  };

  const granted = (c: Ctx) => mailboxesFor(db, { subject: c.var.user.subject, groups: c.var.user.groups }, deps.clock());
  const log = (c: Ctx, action: AccessAction, mailboxId: string | null, messageId: string | null, status: number) =>
    logAccess(db, { subject: c.var.user.subject, mailboxId, messageId, action, status, requestId: c.var.requestId }, deps.clock());

  routes.get('/sdk/messages', authenticate(deps.verifyToken, OPERATION_SCOPES.getMessageByFilter), async (c) => {
    const url = new URL(c.req.url);
    const named = [url.searchParams.getAll(RECIPIENT_FILTER), url.searchParams.getAll(SENDER_FILTER)].flat();
    if (named.length === 0) {
      return badRequestResponse('Name the mailbox: filter on the recipient or the sender function address.', problemInstance(url), [
        { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Mailbox filter required', detail: `Give ${RECIPIENT_FILTER} or ${SENDER_FILTER}.`, in: RECIPIENT_FILTER },
      ]);
    }
    const mailboxes = await granted(c);
    for (const mailbox of named) {
      const refused = requireGrant(mailboxes, mailbox, 'read', problemInstance(url));
      if (refused) return refused;
    }
    const listed = await listOnce(url.search, () => readList(url));
    if (!listed.ok) return listed.answer.clone();

    const body = readRecord(JSON.parse(listed.text));
    const ids = new Set(mailboxes.map((m) => m.id));
    const data = Array.isArray(body?.['data']) ? body['data'].filter((r: unknown) => ids.has(ownMailboxOf(r) ?? '')) : [];
    for (const mailbox of url.searchParams.getAll(RECIPIENT_FILTER)) await recordReceived(mailbox, data);
    return jsonResponse(JSON.stringify(withSelfLink({ ...body, data }, url.href)), 200, {
      // Revalidate every poll: the ETag (set by the app's etag middleware) makes that a 304.
      'Cache-Control': 'private, no-cache',
    });
  });

  routes.get('/sdk/messages/:messageId', authenticate(deps.verifyToken, OPERATION_SCOPES.getMessageById), async (c) => {
    const url = new URL(c.req.url);
    const id = c.req.param('messageId');
    const mailboxes = await granted(c);
    if (mailboxes.length === 0) {
      await log(c, 'read', null, id, 404);
      return notFoundResponse(problemInstance(url));
    }
    const fetched = await fetchOwnMessage(c, id, mailboxes);
    if (fetched.response) {
      await log(c, 'read', null, id, fetched.response.status);
      return fetched.response;
    }
    await log(c, 'read', fetched.mailbox, id, 200);
    return jsonResponse(JSON.stringify(withSelfLink(fetched.body, url.href)), 200, { 'Cache-Control': 'private, no-store' });
  });

  routes.delete('/sdk/messages/:messageId', authenticate(deps.verifyToken, OPERATION_SCOPES.deleteMessageById), async (c) => {
    const url = new URL(c.req.url);
    const id = c.req.param('messageId');
    const mailboxes = await granted(c);
    const fetched = await fetchOwnMessage(c, id, mailboxes);
    if (fetched.response) {
      await log(c, 'delete', null, id, fetched.response.status);
      return fetched.response;
    }
    const refused = requireGrant(mailboxes, fetched.mailbox, 'send', problemInstance(url));
    if (refused) {
      await log(c, 'delete', fetched.mailbox, id, 403);
      return refused;
    }
    const result = await callUpstream(deps.mt, `/sdk/messages/${encodeURIComponent(id)}`, { method: 'DELETE', instance: problemInstance(url) });
    if (result.problem) return result.problem;
    const read = await readUpstreamText(result.response, deps.mt, problemInstance(url));
    if (read.problem) return read.problem;
    await log(c, 'delete', fetched.mailbox, id, result.response.status);
    // The MK's own data of a message (handling, history, internal notes) goes with it.
    if (result.response.ok) await forgetMessage(db, id);
    return passThrough(result.response, read.text);
  });

  routes.post('/sdk/messages', authenticate(deps.verifyToken, OPERATION_SCOPES.sendMessage), async (c) => {
    const url = new URL(c.req.url);
    const text = await c.req.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined; // the content rules report it as request.structure
    }
    const attributes = readRecord(readRecord(readRecord(body)?.['data'])?.['attributes']);
    const sender = readString(readRecord(readRecord(attributes?.['senderAttention'])?.['subOrganization'])?.['extension']);
    if (sender !== undefined) {
      const refused = requireGrant(await granted(c), sender, 'send', problemInstance(url));
      if (refused) {
        await log(c, 'send', sender, null, 403);
        return refused;
      }
    }
    const violations = validateCreateMessage(body, {
      maxMessageBytes: deps.maxMessageBytes,
      allowedAttachmentTypes: deps.allowedAttachmentTypes,
    });
    if (violations.length > 0) {
      return problemResponse(badRequestProblem(violations, problemInstance(url), deps.clock().toISOString()), { status: 400 });
    }
    const result = await callUpstream(deps.mt, '/sdk/messages', { method: 'POST', body: text, instance: problemInstance(url) });
    if (result.problem) return result.problem;
    const read = await readUpstreamText(result.response, deps.mt, problemInstance(url));
    if (read.problem) return read.problem;
    if (!result.response.ok) {
      await log(c, 'send', sender ?? null, null, result.response.status);
      return passThrough(result.response, read.text);
    }
    const created = readRecord(JSON.parse(read.text)) ?? {};
    const newId = readString(readRecord(created['data'])?.['id']);
    await log(c, 'send', sender ?? null, newId ?? null, result.response.status);
    const location = newId ? `${url.pathname}/${encodeURIComponent(newId)}` : undefined;
    const self = location ? new URL(location, url).href : url.href;
    return jsonResponse(JSON.stringify(withSelfLink(created, self)), result.response.status, location ? { Location: location } : {});
  });

  /** The message from the MT when it belongs to one of `mailboxes`; else the answer to give. */
  async function fetchOwnMessage(
    c: Ctx,
    id: string,
    mailboxes: MailboxAccess[],
  ): Promise<{ body: Record<string, unknown>; mailbox: string; response?: never } | { response: Response }> {
    const instance = problemInstance(c.req.url);
    const result = await callUpstream(deps.mt, `/sdk/messages/${encodeURIComponent(id)}`, { instance, signal: c.req.raw.signal });
    if (result.problem) return { response: result.problem };
    const read = await readUpstreamText(result.response, deps.mt, instance);
    if (read.problem) return { response: read.problem };
    if (!result.response.ok) {
      // Gone from the message service (its retention, another client): the MK's own data goes too.
      if (result.response.status === 404) await forgetMessage(db, id);
      return { response: passThrough(result.response, read.text) };
    }
    const body = readRecord(JSON.parse(read.text)) ?? {};
    const mailbox = ownMailboxOf(body['data']);
    // A message of a mailbox the user has no grant for does not exist as far as she can tell.
    if (!mailbox || !mailboxes.some((m) => m.id === mailbox)) return { response: notFoundResponse(instance) };
    return { body, mailbox };
  }

  return routes;
}

/** An MT answer that is not a success, passed on with its status and type (problem JSON). */
function passThrough(response: Response, text: string): Response {
  const type = response.headers.get('Content-Type');
  return new Response(response.status === 202 || response.status === 204 ? null : text, {
    status: response.status,
    headers: type && text !== '' ? { 'Content-Type': type } : {},
  });
}
