/**
 * Search over the SDK address book for the recipient field: every function address with its
 * organisation, matched on function name, organisation name and alternate names,
 * participantIdentifier and the function address identifier.
 *
 * Ranking: results where every typed word starts a word of a name come before results that
 * only contain a typed word somewhere; then the one with more such word starts; then by name.
 * Case and diacritics do not matter ("malmo" finds "Malmö", "overformyndare" finds
 * "Överförmyndare"). Pure: no React, no HTTP.
 */
import { directoryOf, type AddressBook } from '../../../sdk/directory';
import type { SelectedRecipient } from '../model/composeValues';

export interface RecipientOption extends SelectedRecipient {
  /** Unit (OU) the function belongs to, when not the organisation itself. */
  unit?: string;
  alternateNames: readonly string[];
  description?: string;
}

interface IndexedOption {
  option: RecipientOption;
  /** Normalised words of the names (function, organisation, unit, alternate names). */
  nameWords: string[];
  /** Normalised names joined, for substring matches. */
  names: string;
  /** Normalised identifiers (function address id and participant id), split on : . - too. */
  idWords: string[];
  ids: string;
  sortKey: string;
  /** Normalised function name and identifier, for the whole-query match. */
  exactKeys: [string, string];
}

export interface RecipientIndex {
  size: number;
  byIdentifier(identifier: string): RecipientOption | undefined;
  search(query: string, options?: { limit?: number; exclude?: ReadonlySet<string> }): SearchResult;
}

export interface SearchResult {
  options: RecipientOption[];
  /** Matches in all, before the limit. */
  total: number;
}

export const DEFAULT_RESULT_LIMIT = 20;

/** Lower case, without diacritics (å→a, ö→o, é→e), trimmed. */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

function words(text: string, separators: RegExp): string[] {
  return normalize(text).split(separators).filter(Boolean);
}

const NAME_SEPARATORS = /[\s,.;:()/–—-]+/u;
const ID_SEPARATORS = /[\s:.-]+/;

export function buildRecipientIndex(book: AddressBook): RecipientIndex {
  const directory = directoryOf(book);
  const alternateNames = new Map(book.organizations.map((o) => [o.id, o.attributes.alternateName ?? []]));
  const entries: IndexedOption[] = [];
  const byId = new Map<string, RecipientOption>();

  for (const address of book.addresses) {
    const identifier = address.attributes?.identifier;
    if (typeof identifier !== 'string' || identifier === '' || byId.has(identifier)) continue;
    const org = directory.organizationOf(identifier);
    // An address without an organisation cannot be sent to: the message needs `recipient`.
    if (!org) continue;
    const functionName = directory.labelOf(identifier);
    const option: RecipientOption = {
      identifier,
      participantIdentifier: org.participantIdentifier,
      functionName,
      organizationName: org.name,
      ...(org.unit ? { unit: org.unit } : {}),
      alternateNames: (alternateNames.get(org.id) ?? []).filter((n): n is string => typeof n === 'string'),
      ...(address.attributes.description ? { description: address.attributes.description } : {}),
    };
    byId.set(identifier, option);
    const nameTexts = [functionName, org.name, org.unit ?? '', ...option.alternateNames];
    entries.push({
      option,
      nameWords: nameTexts.flatMap((t) => words(t, NAME_SEPARATORS)),
      names: nameTexts.map(normalize).join(' | '),
      idWords: [identifier, org.participantIdentifier].flatMap((t) => words(t, ID_SEPARATORS)),
      ids: `${normalize(identifier)} | ${normalize(org.participantIdentifier)}`,
      sortKey: `${normalize(functionName)} ${normalize(org.name)}`,
      exactKeys: [normalize(functionName), normalize(identifier)],
    });
  }

  return {
    size: entries.length,
    byIdentifier: (identifier) => byId.get(identifier),
    search(query, { limit = DEFAULT_RESULT_LIMIT, exclude } = {}) {
      const terms = words(query, /\s+/);
      if (terms.length === 0) return { options: [], total: 0 };
      // The whole query as one name ("lunds kommun") or identifier is the strongest match.
      const whole = normalize(query);
      const scored: { entry: IndexedOption; tier: number; prefixes: number }[] = [];
      for (const entry of entries) {
        if (exclude?.has(entry.option.identifier)) continue;
        let prefixes = 0;
        let matched = true;
        for (const term of terms) {
          if (entry.nameWords.some((w) => w.startsWith(term)) || entry.idWords.some((w) => w.startsWith(term))) prefixes++;
          else if (!entry.names.includes(term) && !entry.ids.includes(term)) {
            matched = false;
            break;
          }
        }
        if (!matched) continue;
        const exact = entry.exactKeys.includes(whole);
        const tier = exact ? 0 : prefixes === terms.length ? 1 : 2;
        scored.push({ entry, tier, prefixes });
      }
      scored.sort(
        (a, b) => a.tier - b.tier || b.prefixes - a.prefixes || a.entry.sortKey.localeCompare(b.entry.sortKey, 'sv'),
      );
      return { options: scored.slice(0, limit).map((s) => s.entry.option), total: scored.length };
    },
  };
}
