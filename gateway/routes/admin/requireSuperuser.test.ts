// @vitest-environment node
/**
 * The console's guard: a superuser with an organisation passes and the route finds her
 * organisation; a caseworker, a superuser without organisation and a caller without token do not.
 */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { annaToken, MALMO, saraToken, superuserWithoutOrganizationToken } from '../../testing/consoleTokens';
import { createTestUserVerifier } from '../../testing/userTokens';
import { requireSuperuser, type AdminEnv } from './requireSuperuser';

const app = new Hono<AdminEnv>();
app.get('/admin/who', requireSuperuser(createTestUserVerifier()), (c) => c.json(c.var.admin));
const call = (token?: string) => app.fetch(new Request('http://gw.test/admin/who', token ? { headers: { Authorization: `Bearer ${token}` } } : {}));

describe('requireSuperuser', () => {
  it("lets a superuser through with her organisation", async () => {
    const res = await call(await saraToken());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ subject: 'sara', name: 'Sara Nilsson', organizationId: MALMO });
  });

  it('refuses a caseworker with a 403 problem', async () => {
    const res = await call(await annaToken());
    expect(res.status).toBe(403);
    expect(res.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await res.json()).detail).toMatch(/superuser role/);
  });

  it('refuses a superuser whose token names no organisation', async () => {
    const res = await call(await superuserWithoutOrganizationToken());
    expect(res.status).toBe(403);
  });

  it('answers 401 without a token', async () => {
    expect((await call()).status).toBe(401);
  });
});
