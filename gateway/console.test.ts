// @vitest-environment node
/** The console's API as a whole: superusers of an organisation only (issue 9, ADR 0013). */
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/database';
import { createTestGateway } from './testing/harness';
import { annaToken, MALMO, saraToken } from './testing/consoleTokens';

describe('/mk/admin', () => {
  it('answers Sara (superuser in Malmö) with her organisation, and refuses Anna (caseworker) with 403', async () => {
    const db = await openDatabase({ kind: 'pglite' });
    try {
      const gateway = createTestGateway(db);
      const sara = await gateway.call('/mk/admin/whoami', { token: await saraToken() });
      expect(sara.status).toBe(200);
      expect(await sara.json()).toEqual({ subject: 'sara', name: 'Sara Nilsson', organizationId: MALMO });
      const anna = await gateway.call('/mk/admin/whoami', { token: await annaToken() });
      expect(anna.status).toBe(403);
      expect((await anna.json()).type).toBe('urn:problem-type:sdk:forbidden');
    } finally {
      await db.close();
    }
  });
});
