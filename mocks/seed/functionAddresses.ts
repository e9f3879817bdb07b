/**
 * Seed function addresses ("funktionsadresser", SDK mailboxes) of the simulated address book.
 * Identifiers follow sdk:<function>:<participantIdentifier>, as in Digg's examples. Every
 * persona's mailbox (FA in mocks/personas.ts) is here, owned by the persona's organisation.
 */
import { FA } from '../personas';
import { MUNICIPALITY_ORGANIZATIONS } from './organizations';
import { TRAINING_FUNCTION_ADDRESSES } from './trainingAddresses';
import type { SeedFunctionAddress } from './types';

const fa = (identifier: string, name: string, organization: string, description?: string): SeedFunctionAddress => ({
  identifier,
  name,
  organization,
  ...(description ? { description } : {}),
});

/** Every municipality has a registry (registrator) mailbox for incoming official documents. */
const MUNICIPAL_REGISTRIES: readonly SeedFunctionAddress[] = MUNICIPALITY_ORGANIZATIONS.map((org) =>
  fa(`sdk:registrator:${org.participantIdentifier}`, 'Registrator', org.key, `Registrering av inkommande handlingar, ${org.name}`),
);

/** Overförmyndare (guardianship boards) of the municipalities not listed in detail below. */
const MUNICIPAL_GUARDIANSHIP: readonly SeedFunctionAddress[] = MUNICIPALITY_ORGANIZATIONS.filter(
  (org) => !['malmo', 'lund', 'helsingborg'].includes(org.key),
).map((org) => fa(`sdk:overformyndare:${org.participantIdentifier}`, 'Överförmyndare', org.key));

const MALMO: readonly SeedFunctionAddress[] = [
  fa(FA.malmoBarnUnga, 'Socialtjänsten barn och unga', 'malmo/asf', 'Orosanmälningar, utredningar och insatser för barn och unga'),
  fa(FA.malmoAldreomsorg, 'Äldreomsorg – biståndshandläggning', 'malmo/hvof', 'Ansökningar och beslut om insatser enligt SoL för äldre'),
  fa('sdk:socialtjanst-vuxen:0203:malmo.se', 'Socialtjänsten vuxen', 'malmo/asf', 'Missbruk, våld i nära relationer och ekonomiskt bistånd'),
  fa('sdk:lss-handlaggning:0203:malmo.se', 'LSS-handläggning', 'malmo/fsf', 'Insatser enligt lagen om stöd och service till vissa funktionshindrade'),
  fa('sdk:overformyndare:0203:malmo.se', 'Överförmyndarförvaltningen', 'malmo'),
  fa('sdk:elevhalsa:0203:malmo.se', 'Elevhälsa grundskola', 'malmo/grundskola'),
  fa('sdk:vuxenutbildning:0203:malmo.se', 'Vuxenutbildning', 'malmo/gvf', 'Komvux och SFI'),
];
const MALMO_REGISTRY = fa(FA.malmoRegistrator, 'Registrator', 'malmo', 'Malmö stads centrala registratur');

const LUND: readonly SeedFunctionAddress[] = [
  fa(FA.lundSocialtjanst, 'Socialtjänsten', 'lund/socialforvaltningen', 'Barn, unga och vuxna – utredning och insatser'),
  fa(FA.lundOverformyndare, 'Överförmyndare', 'lund', 'Överförmyndarnämnden i Lunds kommun'),
  fa('sdk:aldreomsorg:0203:lund.se', 'Äldreomsorg', 'lund/vard-omsorg'),
  fa('sdk:lss-handlaggning:0203:lund.se', 'LSS-handläggning', 'lund/vard-omsorg'),
  fa('sdk:elevhalsa:0203:lund.se', 'Elevhälsa', 'lund/barn-skola'),
];

const HELSINGBORG: readonly SeedFunctionAddress[] = [
  fa('sdk:socialtjanst-barn-unga:0203:helsingborg.se', 'Socialtjänsten barn och unga', 'helsingborg/socialforvaltningen'),
  fa('sdk:socialtjanst-vuxen:0203:helsingborg.se', 'Socialtjänsten vuxen', 'helsingborg/socialforvaltningen'),
  fa('sdk:aldreomsorg:0203:helsingborg.se', 'Äldreomsorg', 'helsingborg/vard-omsorg'),
  fa('sdk:overformyndare:0203:helsingborg.se', 'Överförmyndare', 'helsingborg'),
];

/** Social services of the other larger municipalities, for realistic recipient lists. */
const OTHER_MUNICIPAL: readonly SeedFunctionAddress[] = [
  ['kristianstad', 'kristianstad.se'],
  ['landskrona', 'landskrona.se'],
  ['trelleborg', 'trelleborg.se'],
  ['ystad', 'ystad.se'],
  ['eslov', 'eslov.se'],
  ['hassleholm', 'hassleholm.se'],
  ['angelholm', 'engelholm.se'],
  ['staffanstorp', 'staffanstorp.se'],
  ['burlov', 'burlov.se'],
].flatMap(([key, domain]) => [
  fa(`sdk:socialtjanst:0203:${domain}`, 'Socialtjänsten', key as string),
  fa(`sdk:aldreomsorg:0203:${domain}`, 'Äldreomsorg', key as string),
]);

const REGION_SKANE: readonly SeedFunctionAddress[] = [
  fa('sdk:registrator:0203:skane.se', 'Registrator', 'region-skane', 'Region Skånes centrala registratur'),
  fa(FA.regionSkaneUtbildning, 'Utbildning – övningsbrevlåda', 'region-skane/kompetenscentrum', 'För utbildning i SDK; skicka gärna övningsmeddelanden hit'),
  fa('sdk:vardplanering:0203:skane.se', 'Samordnad vårdplanering', 'region-skane/sus', 'Utskrivningsplanering enligt lagen om samverkan vid utskrivning'),
  fa('sdk:bup:0203:skane.se', 'Barn- och ungdomspsykiatri', 'region-skane/phh'),
  fa('sdk:vuxenpsykiatri:0203:skane.se', 'Vuxenpsykiatri', 'region-skane/phh'),
  fa('sdk:hjalpmedel:0203:skane.se', 'Hjälpmedel och arbetsterapi', 'region-skane/phh'),
];

const AGENCIES: readonly SeedFunctionAddress[] = [
  fa('sdk:registrator:0203:forsakringskassan.se', 'Registrator', 'forsakringskassan'),
  fa('sdk:assistansersattning:0203:forsakringskassan.se', 'Assistansersättning', 'forsakringskassan'),
  fa('sdk:registrator:0203:skatteverket.se', 'Registrator', 'skatteverket'),
  fa('sdk:folkbokforing:0203:skatteverket.se', 'Folkbokföring', 'skatteverket'),
  fa('sdk:registrator:0203:arbetsformedlingen.se', 'Registrator', 'arbetsformedlingen'),
  fa('sdk:kommunsamverkan:0203:arbetsformedlingen.se', 'Samverkan med kommuner', 'arbetsformedlingen'),
  fa('sdk:registrator:0203:ivo.se', 'Registrator', 'ivo'),
  fa('sdk:tillsyn-syd:0203:ivo.se', 'Tillsyn – avdelning syd', 'ivo', 'Lex Sarah- och lex Maria-anmälningar, region syd'),
  fa('sdk:registrator:0203:kronofogden.se', 'Registrator', 'kronofogden'),
  fa('sdk:skuldsanering:0203:kronofogden.se', 'Skuldsanering', 'kronofogden'),
  fa('sdk:registrator:0203:polisen.se', 'Registrator', 'polisen'),
  fa('sdk:orosanmalan-syd:0203:polisen.se', 'Orosanmälningar – polisregion Syd', 'polisen'),
  fa('sdk:registrator:0203:digg.se', 'Registrator', 'digg'),
];

export const SEED_FUNCTION_ADDRESSES: readonly SeedFunctionAddress[] = [
  ...REGION_SKANE,
  MALMO_REGISTRY,
  ...MALMO,
  ...LUND,
  ...HELSINGBORG,
  ...OTHER_MUNICIPAL,
  ...MUNICIPAL_REGISTRIES.filter((a) => a.identifier !== FA.malmoRegistrator),
  ...MUNICIPAL_GUARDIANSHIP,
  ...AGENCIES,
  ...TRAINING_FUNCTION_ADDRESSES,
];
