import { describe, expect, it } from 'vitest';
import { checkMailboxFields, checkMailboxId, mailboxIdFor, parseMailboxId, splitCategories, type MailboxFields } from './mailboxRegistration';

const MALMO = '0203:malmo.se';
const fields = (over: Partial<MailboxFields> = {}): MailboxFields => ({
  name: 'Familjerätt',
  description: '',
  categories: [],
  sends: true,
  receives: true,
  notificationEmail: '',
  ...over,
});

describe('checkMailboxId', () => {
  it('accepts sdk:<function>:<the admin organisation>', () => {
    expect(checkMailboxId('sdk:familjeratt:0203:malmo.se', MALMO)).toEqual([]);
    expect(checkMailboxId('sdk:inkorg-001:0203:malmo.se', MALMO)).toEqual([]);
    expect(checkMailboxId(mailboxIdFor('a1', MALMO), MALMO)).toEqual([]);
  });

  it.each([
    ['', 'required'],
    ['familjeratt:0203:malmo.se', 'badFormat'],
    ['sdk::0203:malmo.se', 'badFormat'],
    ['sdk:familjeratt:', 'badFormat'],
    ['sdk:Familjerätt:0203:malmo.se', 'badCharacters'],
    ['sdk:familje ratt:0203:malmo.se', 'badCharacters'],
    ['sdk:-familjeratt:0203:malmo.se', 'badCharacters'],
    ['sdk:familjeratt-:0203:malmo.se', 'badCharacters'],
    [`sdk:${'a'.repeat(41)}:0203:malmo.se`, 'tooLong'],
    [`sdk:a:0203:${'m'.repeat(100)}.se`, 'tooLong'],
    ['sdk:familjeratt:0203:lund.se', 'wrongOrganization'],
  ])('%s → %s', (id, code) => {
    expect(checkMailboxId(id, MALMO)).toEqual([{ field: 'id', code }]);
  });

  it('splits an identifier into function and organisation', () => {
    expect(parseMailboxId('sdk:registrator:0203:malmo.se')).toEqual({ functionName: 'registrator', organizationId: '0203:malmo.se' });
    expect(parseMailboxId('registrator')).toBeUndefined();
  });
});

describe('checkMailboxFields', () => {
  it('accepts a name alone', () => {
    expect(checkMailboxFields(fields())).toEqual([]);
  });

  it('names every field that is wrong', () => {
    expect(
      checkMailboxFields(
        fields({ name: '  ', description: 'x'.repeat(501), categories: ['y'.repeat(41)], notificationEmail: 'registrator@' }),
      ),
    ).toEqual([
      { field: 'name', code: 'required' },
      { field: 'description', code: 'tooLong' },
      { field: 'categories', code: 'tooLong' },
      { field: 'notificationEmail', code: 'badEmail' },
    ]);
  });

  it('counts categories after dropping blanks and duplicates', () => {
    expect(checkMailboxFields(fields({ categories: Array.from({ length: 11 }, (_, i) => `k${i}`) }))).toEqual([{ field: 'categories', code: 'tooMany' }]);
    expect(checkMailboxFields(fields({ categories: [...Array(11).fill('Barn'), ''] }))).toEqual([]);
  });
});

describe('splitCategories', () => {
  it('reads a typed list', () => {
    expect(splitCategories('Barn, unga; barn\n familj ,')).toEqual(['Barn', 'unga', 'familj']);
  });
});
