/** GET /mk/message-facts?filter[mailbox]=: forwarded when the mailbox is granted (read). */
import { Hono } from 'hono';
import { badRequestResponse, problemInstance } from '../../src/api/problemResponses';
import { OPERATION_SCOPES } from '../../src/sdk/scopes';
import { authenticate } from '../auth/authenticate';
import type { GatewayDeps, GatewayEnv } from '../http/env';
import { callUpstream, readUpstreamText } from '../mt/upstream';
import { mailboxesFor } from '../registry/grants';
import { requireGrant } from './messages';

const MAILBOX_PARAM = 'filter[mailbox]';

export function messageFactsRoutes(deps: GatewayDeps): Hono<GatewayEnv> {
  const routes = new Hono<GatewayEnv>();
  routes.get('/mk/message-facts', authenticate(deps.verifyToken, OPERATION_SCOPES.getMessageByFilter), async (c) => {
    const url = new URL(c.req.url);
    const mailbox = url.searchParams.get(MAILBOX_PARAM);
    if (!mailbox) {
      return badRequestResponse('Invalid filter parameters.', problemInstance(url), [
        { typeCode: 'MESSAGE_EXCHANGE_ERROR', title: 'Invalid filter', detail: `${MAILBOX_PARAM} is required.`, in: MAILBOX_PARAM },
      ]);
    }
    const refused = requireGrant(await mailboxesFor(deps.db.db, c.var.user, deps.clock()), mailbox, 'read', problemInstance(url));
    if (refused) return refused;
    const result = await callUpstream(deps.mt, `/mk/message-facts${url.search}`, { instance: problemInstance(url), signal: c.req.raw.signal });
    if (result.problem) return result.problem;
    const read = await readUpstreamText(result.response, deps.mt, problemInstance(url));
    if (read.problem) return read.problem;
    return new Response(read.text, {
      status: result.response.status,
      headers: { 'Content-Type': result.response.headers.get('Content-Type') ?? 'application/json', 'Cache-Control': 'private, no-cache' },
    });
  });
  return routes;
}
