import { describe, expect, it } from 'vitest';
import type { Organization } from '../../../sdk/model';
import { functionAddress, organization } from '../../../sdk/testing/addressBook';
import { buildRecipientIndex, normalize } from './recipientIndex';

const org = (id: string, name: string, participant: string, attributes: Partial<Organization['attributes']> = {}, parent?: string) =>
  organization(id, name, { participant, attributes, ...(parent ? { parent } : {}) });
const fa = functionAddress;

const index = buildRecipientIndex({
  organizations: [
    org('lund', 'Lunds kommun', '0203:lund.se'),
    org('lund-soc', 'Socialförvaltningen', '0203:lund.se', {}, 'lund'),
    org('malmo', 'Malmö stad', '0203:malmo.se'),
    org('ivo', 'Inspektionen för vård och omsorg', '0203:ivo.se', { alternateName: ['IVO'] }),
    org('klippan', 'Klippans kommun', '0203:klippan.se'),
  ],
  addresses: [
    fa('sdk:socialtjanst:0203:lund.se', 'Socialtjänsten', 'lund-soc'),
    fa('sdk:overformyndare:0203:lund.se', 'Överförmyndare', 'lund'),
    fa('sdk:socialtjanst-vuxen:0203:malmo.se', 'Socialtjänsten vuxen', 'malmo'),
    fa('sdk:registrator:0203:ivo.se', 'Registrator', 'ivo'),
    fa('sdk:registrator:0203:klippan.se', 'Registrator', 'klippan'),
    fa('sdk:ekonomi:0203:malmo.se', 'Ekonomi och lundavtal', 'malmo'),
  ],
});

const ids = (query: string) => index.search(query).options.map((o) => o.identifier);

describe('recipient search', () => {
  it('finds a function in another municipality from parts of its words ("Lund soc")', () => {
    expect(ids('Lund soc')[0]).toBe('sdk:socialtjanst:0203:lund.se');
    expect(index.search('Lund soc').options[0]).toMatchObject({ functionName: 'Socialtjänsten', organizationName: 'Lunds kommun', unit: 'Socialförvaltningen' });
  });

  it('ignores case and diacritics', () => {
    expect(ids('overformyndare')).toEqual(['sdk:overformyndare:0203:lund.se']);
    expect(ids('MALMO')).toEqual(expect.arrayContaining(['sdk:socialtjanst-vuxen:0203:malmo.se']));
    expect(normalize(' Överförmyndare ')).toBe('overformyndare');
  });

  it('also finds a typed word inside a longer word', () => {
    expect(ids('uxen')).toEqual(['sdk:socialtjanst-vuxen:0203:malmo.se']);
    expect(ids('avtal')).toEqual(['sdk:ekonomi:0203:malmo.se']);
  });

  it('puts word-start matches ahead of substring matches', () => {
    const mixed = buildRecipientIndex({
      organizations: [org('a', 'Alfa kommun', '0203:alfa.se'), org('b', 'Beta kommun', '0203:beta.se')],
      addresses: [fa('sdk:x:0203:alfa.se', 'Kontorsservice', 'a'), fa('sdk:y:0203:beta.se', 'Service', 'b')],
    });
    expect(mixed.search('service').options.map((o) => o.functionName)).toEqual(['Service', 'Kontorsservice']);
  });

  it('matches alternate names, participant identifiers and function address ids', () => {
    expect(ids('IVO')).toContain('sdk:registrator:0203:ivo.se');
    expect(ids('0203:klippan')).toEqual(['sdk:registrator:0203:klippan.se']);
    expect(ids('sdk:overformyndare')).toEqual(['sdk:overformyndare:0203:lund.se']);
  });

  it('caps the results and reports the total', () => {
    const result = index.search('registrator', { limit: 1 });
    expect(result.options).toHaveLength(1);
    expect(result.total).toBe(2);
  });

  it('leaves out chosen recipients and answers nothing for an empty query', () => {
    expect(index.search('lund', { exclude: new Set(['sdk:socialtjanst:0203:lund.se']) }).options.map((o) => o.identifier)).not.toContain(
      'sdk:socialtjanst:0203:lund.se',
    );
    expect(index.search('   ').options).toEqual([]);
  });
});
