/**
 * Texts of the recipient search: part of the 'compose' namespace, merged by ../i18n.ts under the top-level keys
 * `recipients`. Swedish is the source; English has exactly the same keys.
 */
import type { Texts } from '../../../i18n/texts';

const sv = {
  recipients: {
    label: 'Till',
    hint: 'Sök på funktion, organisation eller adress, till exempel ”Lund soc”. Du kan välja flera mottagare; var och en får ett eget meddelande.',
    lockedHint: {
      reply: 'Svaret går till funktionen som skickade meddelandet.',
      complement: 'Kompletteringen går till samma mottagare som meddelandet du kompletterar.',
    },
    loading: 'Adressboken laddas…',
    indexError: 'Adressboken kunde inte hämtas.',
    retry: 'Försök igen',
    noMatches: 'Inga träffar på ”{{query}}”.',
    matches_one: '1 träff. Välj med pil upp och pil ned och tryck Enter.',
    matches_other: '{{count}} träffar. Välj med pil upp och pil ned och tryck Enter.',
    manyMatches: 'Visar {{count}} av {{total}} träffar. Skriv mer för att begränsa.',
    recentCount_one: '1 mottagare du använt nyligen. Välj med pil upp och pil ned.',
    recentCount_other: '{{count}} mottagare du använt nyligen. Välj med pil upp och pil ned.',
    recentLabel: 'Senast använda mottagare',
    suggestionsLabel: 'Förslag på mottagare',
    selectedLabel_one: 'Vald mottagare',
    selectedLabel_other: '{{count}} valda mottagare',
    remove: 'Ta bort mottagaren {{name}}',
    added_one: '{{name}} tillagd. 1 mottagare vald.',
    added_other: '{{name}} tillagd. {{count}} mottagare valda.',
    removed_one: '{{name}} borttagen. 1 mottagare vald.',
    removed_other: '{{name}} borttagen. {{count}} mottagare valda.',
  },
} as const;

const en: Texts<typeof sv> = {
  recipients: {
    label: 'To',
    hint: 'Search by function, organisation or address, e.g. “Lund soc”. You can choose several recipients; each gets a message of its own.',
    lockedHint: {
      reply: 'The reply goes to the function that sent the message.',
      complement: 'The complement goes to the same recipient as the message you complement.',
    },
    loading: 'Loading the address book…',
    indexError: 'The address book could not be loaded.',
    retry: 'Try again',
    noMatches: 'No matches for “{{query}}”.',
    matches_one: '1 match. Use the up and down arrows and press Enter.',
    matches_other: '{{count}} matches. Use the up and down arrows and press Enter.',
    manyMatches: 'Showing {{count}} of {{total}} matches. Type more to narrow them down.',
    recentCount_one: '1 recently used recipient. Use the up and down arrows.',
    recentCount_other: '{{count}} recently used recipients. Use the up and down arrows.',
    recentLabel: 'Recently used recipients',
    suggestionsLabel: 'Suggested recipients',
    selectedLabel_one: 'Chosen recipient',
    selectedLabel_other: '{{count}} chosen recipients',
    remove: 'Remove the recipient {{name}}',
    added_one: '{{name}} added. 1 recipient chosen.',
    added_other: '{{name}} added. {{count}} recipients chosen.',
    removed_one: '{{name}} removed. 1 recipient chosen.',
    removed_other: '{{name}} removed. {{count}} recipients chosen.',
  },
};

export const recipientsTexts = { sv, en } as const;
