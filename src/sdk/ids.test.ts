import { describe, expect, it } from 'vitest';
import { isIsoUtcDateTime, isParticipantIdentifier, isUuid, newUuid } from './ids';
import { characterCount } from './rules/limits';

describe('isUuid', () => {
  it.each(['ff325210-0690-42fe-b86f-95ecab821223', 'FF325210-0690-42FE-B86F-95ECAB821223', '00000000-0000-0000-0000-000000000000'])(
    'accepts %s',
    (value) => expect(isUuid(value)).toBe(true),
  );
  it.each(['teststring..', 'ff325210069042feb86f95ecab821223', '{ff325210-0690-42fe-b86f-95ecab821223}', 'gf325210-0690-42fe-b86f-95ecab821223', ' ff325210-0690-42fe-b86f-95ecab821223', 42, null])(
    'rejects %j',
    (value) => expect(isUuid(value)).toBe(false),
  );
  it('newUuid makes distinct valid UUIDs', () => {
    const a = newUuid();
    expect(isUuid(a)).toBe(true);
    expect(newUuid()).not.toBe(a);
  });
});

describe('isParticipantIdentifier', () => {
  it.each(['0203:malmo.se', '0203:test.recipient.inera.se', '0203:myndighetA.org', '0203:region-skane.se'])('accepts %s', (value) =>
    expect(isParticipantIdentifier(value)).toBe(true),
  );
  it.each(['malmo.se', '0203:', '0203:malmo', '0203:http://inera.se', '0007:malmo.se', '0203:-malmo.se', '0203:malmo..se', '0203:malmo.se ', ['0203:malmo.se']])(
    'rejects %j',
    (value) => expect(isParticipantIdentifier(value)).toBe(false),
  );
});

describe('isIsoUtcDateTime', () => {
  it.each(['2019-08-15T17:52:58.1Z', '2018-09-12T15:06:00Z', '2024-02-29T23:59:59.999Z', '2019-08-22T07:27:15.433Z'])('accepts %s', (value) =>
    expect(isIsoUtcDateTime(value)).toBe(true),
  );
  it.each(['2019-09-03T12:04:13.123', '2019-09-03T12:04:13+02:00', '2019-09-03 12:04:13Z', '2019-02-30T10:00:00Z', '2023-02-29T10:00:00Z', '2019-13-01T10:00:00Z', '2019-01-01T24:00:00Z', '3 Sept. 2019', '2018-09-12T15:06:00Z2023-', 1565891578000])(
    'rejects %j',
    (value) => expect(isIsoUtcDateTime(value)).toBe(false),
  );
});

describe('characterCount', () => {
  it('counts code points like XSD string-length', () => {
    expect(characterCount('abc')).toBe(3);
    expect(characterCount('åäö')).toBe(3);
    expect(characterCount('📨📨')).toBe(2);
    expect(characterCount('')).toBe(0);
  });
});
