/** Texts of the 'config' namespace: the page shown when config.json is missing or wrong. */
import type { Texts } from '../i18n/texts';

const sv = {
  title: 'Konfigurationen är felaktig',
  intro: 'Meddelandeklienten kan inte starta eftersom inställningsfilen config.json inte går att använda.',
  problem: {
    missing: 'Filen config.json saknas.',
    unreadable: 'Filen config.json kan inte läsas.',
    'not-json': 'Filen config.json är inte JSON.',
    invalid: 'Följande fält i config.json är felaktiga:',
  },
  whatToDo: 'Kontakta den som förvaltar Meddelandeklienten i din organisation. När filen är rättad på servern: ladda om sidan.',
  reload: 'Ladda om sidan',
} as const;

const en: Texts<typeof sv> = {
  title: 'The configuration is invalid',
  intro: 'The Message Client cannot start because its settings file config.json cannot be used.',
  problem: {
    missing: 'The file config.json is missing.',
    unreadable: 'The file config.json cannot be read.',
    'not-json': 'The file config.json is not JSON.',
    invalid: 'These fields in config.json are wrong (details in Swedish):',
  },
  whatToDo: 'Contact whoever manages the Message Client in your organisation. Once the file is corrected on the server, reload the page.',
  reload: 'Reload the page',
};

export const configResources = { sv, en } as const;
