/**
 * Seed organisations of the simulated SDK address book: Region Skåne, the 33 municipalities of
 * Skåne, some organisational units and a few national agencies.
 *
 * participantIdentifier = "0203:" + the organisation's web domain, as in the SDK federation.
 * Organisation numbers are in the right form with a valid check digit; they are not checked
 * against any register. Units (OU) share their parent's participant identifier: in SDK only the
 * organisation is a participant, its units are addressed through function addresses.
 */
import type { SeedOrganization } from './types';

/** [key, official name, web domain, organisation number] */
const MUNICIPALITIES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['bjuv', 'Bjuvs kommun', 'bjuv.se', '212000-1108'],
  ['bromolla', 'Bromölla kommun', 'bromolla.se', '212000-1132'],
  ['burlov', 'Burlövs kommun', 'burlov.se', '212000-1165'],
  ['bastad', 'Båstads kommun', 'bastad.se', '212000-1199'],
  ['eslov', 'Eslövs kommun', 'eslov.se', '212000-1223'],
  ['helsingborg', 'Helsingborgs stad', 'helsingborg.se', '212000-1256'],
  ['hassleholm', 'Hässleholms kommun', 'hassleholm.se', '212000-1280'],
  ['hoganas', 'Höganäs kommun', 'hoganas.se', '212000-1314'],
  ['horby', 'Hörby kommun', 'horby.se', '212000-1348'],
  ['hoor', 'Höörs kommun', 'hoor.se', '212000-1371'],
  ['klippan', 'Klippans kommun', 'klippan.se', '212000-1405'],
  ['kristianstad', 'Kristianstads kommun', 'kristianstad.se', '212000-1439'],
  ['kavlinge', 'Kävlinge kommun', 'kavlinge.se', '212000-1462'],
  ['landskrona', 'Landskrona stad', 'landskrona.se', '212000-1496'],
  ['lomma', 'Lomma kommun', 'lomma.se', '212000-1520'],
  ['lund', 'Lunds kommun', 'lund.se', '212000-1553'],
  ['malmo', 'Malmö stad', 'malmo.se', '212000-1124'],
  ['osby', 'Osby kommun', 'osby.se', '212000-1611'],
  ['perstorp', 'Perstorps kommun', 'perstorp.se', '212000-1645'],
  ['simrishamn', 'Simrishamns kommun', 'simrishamn.se', '212000-1678'],
  ['sjobo', 'Sjöbo kommun', 'sjobo.se', '212000-1702'],
  ['skurup', 'Skurups kommun', 'skurup.se', '212000-1736'],
  ['staffanstorp', 'Staffanstorps kommun', 'staffanstorp.se', '212000-1769'],
  ['svalov', 'Svalövs kommun', 'svalov.se', '212000-1793'],
  ['svedala', 'Svedala kommun', 'svedala.se', '212000-1827'],
  ['tomelilla', 'Tomelilla kommun', 'tomelilla.se', '212000-1850'],
  ['trelleborg', 'Trelleborgs kommun', 'trelleborg.se', '212000-1884'],
  ['vellinge', 'Vellinge kommun', 'vellinge.se', '212000-1918'],
  ['ystad', 'Ystads kommun', 'ystad.se', '212000-1942'],
  ['astorp', 'Åstorps kommun', 'astorp.se', '212000-1975'],
  ['angelholm', 'Ängelholms kommun', 'engelholm.se', '212000-2007'],
  ['orkelljunga', 'Örkelljunga kommun', 'orkelljunga.se', '212000-2031'],
  ['ostra-goinge', 'Östra Göinge kommun', 'ostragoinge.se', '212000-2064'],
];

export const MUNICIPALITY_ORGANIZATIONS: readonly SeedOrganization[] = MUNICIPALITIES.map(
  ([key, name, domain, organizationNumber]) => ({
    key,
    participantIdentifier: `0203:${domain}`,
    name,
    organizationNumber,
    organizationType: 'O',
  }),
);

const unit = (parent: string, participantIdentifier: string, slug: string, name: string): SeedOrganization => ({
  key: `${parent}/${slug}`,
  participantIdentifier,
  name,
  organizationType: 'OU',
  parent,
});

export const REGION_AND_UNITS: readonly SeedOrganization[] = [
  {
    key: 'region-skane',
    participantIdentifier: '0203:skane.se',
    name: 'Region Skåne',
    organizationNumber: '232100-0255',
    organizationType: 'O',
  },
  unit('region-skane', '0203:skane.se', 'sus', 'Skånes universitetssjukhus'),
  unit('region-skane', '0203:skane.se', 'phh', 'Psykiatri, habilitering och hjälpmedel'),
  unit('region-skane', '0203:skane.se', 'kompetenscentrum', 'Kompetenscentrum för digital samverkan'),
  unit('malmo', '0203:malmo.se', 'asf', 'Arbetsmarknads- och socialförvaltningen'),
  unit('malmo', '0203:malmo.se', 'hvof', 'Hälsa-, vård- och omsorgsförvaltningen'),
  unit('malmo', '0203:malmo.se', 'fsf', 'Funktionsstödsförvaltningen'),
  unit('malmo', '0203:malmo.se', 'gvf', 'Gymnasie- och vuxenutbildningsförvaltningen'),
  unit('malmo', '0203:malmo.se', 'grundskola', 'Grundskoleförvaltningen'),
  unit('lund', '0203:lund.se', 'socialforvaltningen', 'Socialförvaltningen'),
  unit('lund', '0203:lund.se', 'vard-omsorg', 'Vård- och omsorgsförvaltningen'),
  unit('lund', '0203:lund.se', 'barn-skola', 'Barn- och skolförvaltningen'),
  unit('helsingborg', '0203:helsingborg.se', 'socialforvaltningen', 'Socialförvaltningen'),
  unit('helsingborg', '0203:helsingborg.se', 'vard-omsorg', 'Vård- och omsorgsförvaltningen'),
];

export const NATIONAL_AGENCIES: readonly SeedOrganization[] = [
  {
    key: 'forsakringskassan',
    participantIdentifier: '0203:forsakringskassan.se',
    name: 'Försäkringskassan',
    organizationNumber: '202100-5521',
    organizationType: 'O',
  },
  {
    key: 'skatteverket',
    participantIdentifier: '0203:skatteverket.se',
    name: 'Skatteverket',
    organizationNumber: '202100-5448',
    organizationType: 'O',
  },
  {
    key: 'arbetsformedlingen',
    participantIdentifier: '0203:arbetsformedlingen.se',
    name: 'Arbetsförmedlingen',
    organizationNumber: '202100-2114',
    organizationType: 'O',
  },
  {
    key: 'ivo',
    participantIdentifier: '0203:ivo.se',
    name: 'Inspektionen för vård och omsorg',
    alternateName: ['IVO'],
    organizationNumber: '202100-6339',
    organizationType: 'O',
  },
  {
    key: 'kronofogden',
    participantIdentifier: '0203:kronofogden.se',
    name: 'Kronofogdemyndigheten',
    alternateName: ['Kronofogden'],
    organizationNumber: '202100-6073',
    organizationType: 'O',
  },
  {
    key: 'polisen',
    participantIdentifier: '0203:polisen.se',
    name: 'Polismyndigheten',
    alternateName: ['Polisen'],
    organizationNumber: '202100-0076',
    organizationType: 'O',
  },
  {
    key: 'digg',
    participantIdentifier: '0203:digg.se',
    name: 'Myndigheten för digital förvaltning',
    alternateName: ['Digg'],
    organizationNumber: '202100-6966',
    organizationType: 'O',
  },
];

export const SEED_ORGANIZATIONS: readonly SeedOrganization[] = [
  ...REGION_AND_UNITS.filter((o) => o.organizationType === 'O'),
  ...MUNICIPALITY_ORGANIZATIONS,
  ...REGION_AND_UNITS.filter((o) => o.organizationType === 'OU'),
  ...NATIONAL_AGENCIES,
];
