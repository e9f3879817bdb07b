import { describe, expect, it } from 'vitest';
import { buildDirectory, directoryOf, withOwnMailboxNames } from './directory';
import { functionAddress, organization } from './testing/addressBook';

// The type is given explicitly: some tests give an OU without a parent, or an O with one.
const org = (id: string, name: string, type: 'O' | 'OU', parent?: string) =>
  organization(id, name, { ...(parent ? { parent } : {}), attributes: { organizationType: type } });
const address = functionAddress;

describe('buildDirectory', () => {
  const directory = buildDirectory(
    [address('sdk:bu:0203:malmo.se', 'Barn och unga', 'asf'), address('sdk:reg:0203:malmo.se', 'Registrator', 'malmo')],
    [org('malmo', 'Malmö stad', 'O'), org('asf', 'Socialförvaltningen', 'OU', 'malmo')],
  );

  it('names function addresses and falls back to the identifier', () => {
    expect(directory.labelOf('sdk:bu:0203:malmo.se')).toBe('Barn och unga');
    expect(directory.labelOf('sdk:okand:0203:lund.se')).toBe('sdk:okand:0203:lund.se');
  });

  it('answers with the participant organisation and the unit', () => {
    expect(directory.organizationOf('sdk:bu:0203:malmo.se')).toMatchObject({
      name: 'Malmö stad',
      unit: 'Socialförvaltningen',
      participantIdentifier: '0203:malmo.se',
    });
    expect(directory.organizationOf('sdk:reg:0203:malmo.se')).not.toHaveProperty('unit');
    expect(directory.organizationOf('sdk:okand:0203:lund.se')).toBeUndefined();
  });

  it('names participants by their identifier, never by a unit sharing it', () => {
    expect(directory.organizationNameOf('0203:malmo.se')).toBe('Malmö stad');
    expect(directory.organizationNameOf('0203:lund.se')).toBeUndefined();
  });

  it('survives a parent cycle in bad data', () => {
    const cyclic = buildDirectory(
      [address('sdk:x:0203:a.se', 'X', 'u1')],
      [org('u1', 'Enhet 1', 'OU', 'u2'), org('u2', 'Enhet 2', 'OU', 'u1')],
    );
    expect(cyclic.organizationOf('sdk:x:0203:a.se')?.name).toMatch(/^Enhet/);
  });
});

describe('directoryOf', () => {
  it('builds the directory of one address book answer once, however many readers ask', () => {
    const book = { addresses: [], organizations: [] };
    expect(directoryOf(book)).toBe(directoryOf(book));
    expect(directoryOf({ addresses: [], organizations: [] })).not.toBe(directoryOf(book));
  });
});

describe('withOwnMailboxNames', () => {
  const book = buildDirectory([address('sdk:bu:0203:malmo.se', 'Barn och unga', 'malmo')], [org('malmo', 'Malmö stad', 'O')]);
  it("names the user's own mailbox from the registry when the address book lacks it, and keeps the address book's name where it has one", () => {
    const names = new Map([
      ['sdk:familjeratt:0203:malmo.se', 'Familjerätt'],
      ['sdk:bu:0203:malmo.se', 'Registrets namn'],
      ['sdk:tom:0203:malmo.se', '  '],
    ]);
    const directory = withOwnMailboxNames(book, names);
    expect(directory.labelOf('sdk:familjeratt:0203:malmo.se')).toBe('Familjerätt');
    expect(directory.labelOf('sdk:bu:0203:malmo.se')).toBe('Barn och unga');
    expect(directory.labelOf('sdk:tom:0203:malmo.se')).toBe('sdk:tom:0203:malmo.se');
    expect(directory.labelOf('sdk:okand:0203:lund.se')).toBe('sdk:okand:0203:lund.se');
    expect(directory.has('sdk:familjeratt:0203:malmo.se')).toBe(false);
  });
});
