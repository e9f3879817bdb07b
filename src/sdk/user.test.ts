import { describe, expect, it } from 'vitest';
import { claimValues, deriveUser, type ClaimNames } from './user';

const names: ClaimNames = {
  functionAddresses: 'urn:sdk.digg.se:auth_id',
  roles: 'urn:sdk-mk:roles',
  organizationId: 'urn:sdk-mk:organization_id',
  organizationName: 'urn:sdk-mk:organization_name',
};

describe('deriveUser', () => {
  it('reads a complete set of claims', () => {
    const user = deriveUser(
      {
        sub: 'anna',
        name: 'Anna Lindqvist',
        'urn:sdk.digg.se:auth_id': ['sdk:a:0203:malmo.se', 'sdk:b:0203:malmo.se'],
        'urn:sdk-mk:roles': ['caseworker'],
        'urn:sdk-mk:organization_id': '0203:malmo.se',
        'urn:sdk-mk:organization_name': 'Malmö stad',
      },
      names,
    );
    expect(user).toEqual({
      subject: 'anna',
      name: 'Anna Lindqvist',
      organization: { id: '0203:malmo.se', name: 'Malmö stad' },
      roles: ['caseworker'],
      functionAddresses: ['sdk:a:0203:malmo.se', 'sdk:b:0203:malmo.se'],
    });
  });

  it('accepts space-separated strings, dedupes and ignores unknown roles', () => {
    const user = deriveUser(
      { sub: 's', 'urn:sdk-mk:roles': 'superuser admin caseworker superuser', 'urn:sdk.digg.se:auth_id': 'sdk:x:0203:a.se  sdk:x:0203:a.se sdk:y:0203:a.se' },
      names,
    );
    expect(user.roles).toEqual(['superuser', 'caseworker']);
    expect(user.functionAddresses).toEqual(['sdk:x:0203:a.se', 'sdk:y:0203:a.se']);
  });

  it.each([
    [{ sub: 's', given_name: 'Erik', family_name: 'Johansson' }, 'Erik Johansson'],
    [{ sub: 's', given_name: 'Erik' }, 'Erik'],
    [{ sub: 's', name: '  ', preferred_username: 'erik.j' }, 'erik.j'],
    [{ sub: 'only-sub' }, 'only-sub'],
  ])('names the user from %j', (claims, expected) => {
    expect(deriveUser(claims, names).name).toBe(expected);
  });

  it('never throws on odd claims', () => {
    const user = deriveUser(
      { sub: 42, 'urn:sdk-mk:roles': [7, null, 'trainer'], 'urn:sdk.digg.se:auth_id': { a: 1 }, 'urn:sdk-mk:organization_id': ['', '0203:lund.se'], 'urn:sdk-mk:organization_name': 5 },
      names,
    );
    expect(user).toEqual({ subject: '', name: '', organization: { id: '0203:lund.se' }, roles: ['trainer'], functionAddresses: [] });
    expect(() => deriveUser(null as unknown as Record<string, unknown>, names)).not.toThrow();
  });
});

describe('claimValues', () => {
  it('flattens strings and arrays of strings', () => {
    expect(claimValues(['a b', 'c', 3, 'a'])).toEqual(['a', 'b', 'c']);
    expect(claimValues(undefined)).toEqual([]);
    expect(claimValues('')).toEqual([]);
  });
});
