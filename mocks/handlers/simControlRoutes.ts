/**
 * Development-only control routes, outside the API contract, for end-to-end tests and trainers:
 *   GET  __sim/clock                      → { now, speed }
 *   POST __sim/clock { advanceSeconds }   → moves virtual time forward
 *   POST __sim/clock { speed }            → changes the clock speed (0 = frozen)
 *   POST __sim/reset                      → back to the seed
 *   GET  __sim/address-book/publications  → { published, unpublished } (the trainer's changes)
 *   POST __sim/address-book/publish { identifier, name, description? } → publishes an address
 *   POST __sim/address-book/unpublish { identifier } → takes it out of the address book's listing
 *   POST __sim/faults { mailbox, kind: 'reject', code: BV|SIG|SV, reason } or
 *                     { mailbox, kind: 'delay-receipt', minutes } → the next message from that
 *                     practice mailbox is rejected / gets its receipt late (ADR 0016)
 *   POST __sim/mailboxes/clear { mailbox } → a practice mailbox back to empty: every message
 *                     sent from or to it, and its queued faults, are gone
 * No token needed: they exist only in the local mock and simulator.
 */
import { http, type HttpHandler } from 'msw';
import { badRequestResponse, problemInstance } from '../http/problemResponses';
import { isPracticeMailbox } from '../../src/sdk/training/practice';
import type { ReceiptCode } from '../../src/sdk/rules/types';
import type { MailboxFault } from '../store/faults';
import type { MockWorld } from '../world';

const clockState = (world: MockWorld) => ({ now: world.clock.now().toISOString(), speed: world.clock.speed });
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

export function simControlRoutes(baseUrl: string, world: MockWorld): HttpHandler[] {
  return [
    http.get(`${baseUrl}/__sim/clock`, () => json(clockState(world))),

    http.post(`${baseUrl}/__sim/clock`, async ({ request }) => {
      const instance = problemInstance(request.url);
      let body: unknown;
      try {
        body = JSON.parse(await request.text());
      } catch {
        return badRequestResponse('Body must be JSON: { "advanceSeconds": number } and/or { "speed": number }.', instance);
      }
      const { advanceSeconds, speed } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      const validAdvance = advanceSeconds === undefined || (typeof advanceSeconds === 'number' && Number.isFinite(advanceSeconds) && advanceSeconds >= 0);
      const validSpeed = speed === undefined || (typeof speed === 'number' && Number.isFinite(speed) && speed >= 0);
      if (!validAdvance || !validSpeed || (advanceSeconds === undefined && speed === undefined)) {
        return badRequestResponse('Give advanceSeconds (≥ 0) and/or speed (≥ 0) as numbers.', instance);
      }
      if (typeof speed === 'number') world.clock.setSpeed(speed);
      if (typeof advanceSeconds === 'number') world.clock.advance(advanceSeconds * 1000);
      world.settle();
      world.notifyChanged();
      return json(clockState(world));
    }),

    http.get(`${baseUrl}/__sim/address-book/publications`, () => json(world.addressBook.publications())),

    http.post(`${baseUrl}/__sim/address-book/publish`, async ({ request }) => {
      const instance = problemInstance(request.url);
      const body = await readJsonObject(request);
      const { identifier, name, description } = body ?? {};
      if (typeof identifier !== 'string' || typeof name !== 'string' || (description !== undefined && typeof description !== 'string')) {
        return badRequestResponse('Body must be JSON: { "identifier": "sdk:<function>:<organisation>", "name": string, "description"?: string }.', instance);
      }
      const result = world.addressBook.publish({ identifier, name, ...(description !== undefined ? { description } : {}) });
      if (!result.ok) {
        return badRequestResponse(
          result.reason === 'unknown-organization'
            ? `No organisation of the address book owns ${identifier}.`
            : 'Give an identifier sdk:<function>:<organisation> and a non-empty name.',
          instance,
        );
      }
      world.notifyChanged();
      return json({ identifier: result.entry.identifier, published: true });
    }),

    http.post(`${baseUrl}/__sim/address-book/unpublish`, async ({ request }) => {
      const body = await readJsonObject(request);
      const identifier = body?.['identifier'];
      if (typeof identifier !== 'string') return badRequestResponse('Body must be JSON: { "identifier": string }.', problemInstance(request.url));
      const wasListed = world.addressBook.unpublish(identifier);
      world.notifyChanged();
      return json({ identifier, published: false, wasListed });
    }),

    http.post(`${baseUrl}/__sim/faults`, async ({ request }) => {
      const instance = problemInstance(request.url);
      const body = (await readJsonObject(request)) ?? {};
      const mailbox = typeof body.mailbox === 'string' ? body.mailbox : '';
      const fault = readFault(body);
      if (!isPracticeMailbox(mailbox) || !fault) {
        return badRequestResponse('Give a practice mailbox and a fault: { kind: "reject", code: BV|SIG|SV, reason } or { kind: "delay-receipt", minutes }.', instance);
      }
      world.faults.add(mailbox, fault);
      return json({ mailbox, pending: world.faults.pending(mailbox) });
    }),

    http.post(`${baseUrl}/__sim/mailboxes/clear`, async ({ request }) => {
      const body = (await readJsonObject(request)) ?? {};
      const mailbox = typeof body.mailbox === 'string' ? body.mailbox : '';
      if (!isPracticeMailbox(mailbox)) return badRequestResponse('Only a practice mailbox can be cleared: { mailbox }.', problemInstance(request.url));
      world.faults.clear(mailbox);
      let removed = 0;
      for (const record of world.store.all()) {
        const { senderAttention, recipientAttention } = record.message;
        if (senderAttention?.subOrganization.extension === mailbox || recipientAttention?.subOrganization.extension === mailbox) {
          world.store.remove(record.id);
          removed++;
        }
      }
      return json({ mailbox, removed });
    }),

    http.post(`${baseUrl}/__sim/reset`, () => {
      world.reset();
      return json(clockState(world));
    }),
  ];
}

async function readJsonObject(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = JSON.parse(await request.text());
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const RECEIPT_CODES: readonly ReceiptCode[] = ['BV', 'SIG', 'SV'];

function readFault(body: Record<string, unknown>): MailboxFault | undefined {
  if (body.kind === 'reject' && RECEIPT_CODES.includes(body.code as ReceiptCode) && typeof body.reason === 'string' && body.reason !== '') {
    return { kind: 'reject', code: body.code as ReceiptCode, reason: body.reason.slice(0, 300) };
  }
  if (body.kind === 'delay-receipt' && typeof body.minutes === 'number' && Number.isInteger(body.minutes) && body.minutes > 0 && body.minutes <= 600) {
    return { kind: 'delay-receipt', minutes: body.minutes };
  }
  return undefined;
}
