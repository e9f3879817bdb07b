// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FA } from '../mocks/personas';
import { demoRegistrySeed } from './gatewayDemo';

describe('the gateway demo registry', () => {
  it('gives Socialtjänsten barn och unga to Anna in person and to Maja through her IdP group', () => {
    const grants = demoRegistrySeed().grants.filter((g) => g.mailboxId === FA.malmoBarnUnga);
    expect(grants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subjectKind: 'person', subject: 'anna', level: 'send' }),
        expect.objectContaining({ subjectKind: 'group', subject: 'malmo-barn-unga', level: 'send' }),
      ]),
    );
    expect(grants.some((g) => g.subject === 'maja')).toBe(false);
  });
});
