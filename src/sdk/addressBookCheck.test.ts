import { describe, expect, it } from 'vitest';
import { checkAddressBook, checkAddressBookEntry } from './addressBookCheck';

const registrator = { id: 'sdk:registrator:0203:malmo.se', organizationId: '0203:malmo.se', name: 'Registrator', description: 'Stadens registratur' };

describe('checkAddressBookEntry', () => {
  it('a mailbox not in the address book is missing, with every value to enter', () => {
    expect(checkAddressBookEntry(registrator, undefined)).toEqual({
      mailboxId: registrator.id,
      state: 'missing',
      differences: [],
      toEnter: { identifier: registrator.id, organization: '0203:malmo.se', name: 'Registrator', description: 'Stadens registratur' },
    });
  });

  it('matches when name and description agree, whitespace aside', () => {
    const check = checkAddressBookEntry(registrator, { identifier: registrator.id, name: ' Registrator ', description: 'Stadens  registratur' });
    expect(check.state).toBe('matches');
    expect(check.toEnter).toBeUndefined();
  });

  it('names the fields that differ and what to enter instead', () => {
    const check = checkAddressBookEntry(registrator, { identifier: registrator.id, name: 'registrator', description: 'Gammal text' });
    expect(check).toMatchObject({
      state: 'differs',
      differences: ['name', 'description'],
      published: { name: 'registrator', description: 'Gammal text' },
      toEnter: { name: 'Registrator', description: 'Stadens registratur' },
    });
  });

  it('an absent description on both sides matches', () => {
    expect(checkAddressBookEntry({ ...registrator, description: null }, { identifier: registrator.id, name: 'Registrator' }).state).toBe('matches');
  });
});

describe('checkAddressBook', () => {
  it('finds each mailbox’s entry by identifier, case-insensitively', () => {
    const checks = checkAddressBook(
      [registrator, { id: 'sdk:bygglov:0203:malmo.se', organizationId: '0203:malmo.se', name: 'Bygglov' }],
      [{ identifier: 'SDK:registrator:0203:malmo.se', name: 'Registrator', description: 'Stadens registratur' }],
    );
    expect(checks.map((c) => c.state)).toEqual(['matches', 'missing']);
  });
});
