/**
 * GET /mk/me in the mock service (Vitest and the in-browser demo, where no gateway runs): the
 * token's auth_id function addresses, each at level send, named as in the address book. The MK
 * gateway answers the same route from its registry of grants instead.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { components } from '../../src/api/schema.gen';
import { authorize } from '../auth/authorize';
import type { TokenVerifier } from '../auth/verifyToken';
import type { MockWorld } from '../world';

type Me = components['schemas']['Me'];

export function meRoutes(baseUrl: string, world: MockWorld, verifyToken: TokenVerifier): HttpHandler[] {
  return [
    http.get(`${baseUrl}/mk/me`, async ({ request }) => {
      const auth = await authorize(request, verifyToken, undefined);
      if (auth.response) return auth.response;
      const body: Me = {
        subject: auth.claims.subject,
        mailboxes: auth.claims.authIds.map((id) => ({
          id,
          name: world.addressBook.findAddress(id)?.name ?? id,
          organizationId: world.addressBook.participantOf(id) ?? '',
          level: 'send',
        })),
      };
      return HttpResponse.json(body);
    }),
  ];
}
