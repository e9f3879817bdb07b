/**
 * Development-only control routes, outside the API contract, for end-to-end tests and trainers:
 *   GET  __sim/clock                      → { now, speed }
 *   POST __sim/clock { advanceSeconds }   → moves virtual time forward
 *   POST __sim/clock { speed }            → changes the clock speed (0 = frozen)
 *   POST __sim/reset                      → back to the seed
 * No token needed: they exist only in the local mock and simulator.
 */
import { http, type HttpHandler } from 'msw';
import { badRequestResponse, problemInstance } from '../http/problemResponses';
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

    http.post(`${baseUrl}/__sim/reset`, () => {
      world.reset();
      return json(clockState(world));
    }),
  ];
}
