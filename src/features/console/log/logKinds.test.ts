/**
 * Every kind the gateway writes (and every access-log action) has a Swedish and an English name
 * in the console's log. tsc already insists on the keys (the table `satisfies
 * Record<LogKindTextKey, string>`); this also catches an empty or untranslated text, and a
 * key left behind after a kind was removed.
 */
import { describe, expect, it } from 'vitest';
import { AUDIT_KINDS, LOG_KINDS, logKindTextKey } from '../../../sdk/auditLog';
import { logTexts } from './i18n';

describe('log kind texts', () => {
  it.each(LOG_KINDS)('names %s in Swedish and English', (kind) => {
    const key = logKindTextKey(kind);
    const sv: string | undefined = (logTexts.sv.log.kinds as Record<string, string>)[key];
    const en: string | undefined = (logTexts.en.log.kinds as Record<string, string>)[key];
    expect(sv?.trim(), `sv text for ${kind}`).toBeTruthy();
    expect(en?.trim(), `en text for ${kind}`).toBeTruthy();
  });

  it('has no text for a kind that does not exist, and no two kinds share a name', () => {
    expect(Object.keys(logTexts.sv.log.kinds).sort()).toEqual(LOG_KINDS.map(logKindTextKey).sort());
    for (const language of [logTexts.sv, logTexts.en]) {
      const names = Object.values(language.log.kinds);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('covers the kinds that used to have no text', () => {
    expect(AUDIT_KINDS).toEqual(expect.arrayContaining(['connection_test.run', 'address_book.sync_requested']));
    expect(logTexts.sv.log.kinds[logKindTextKey('address_book.sync_requested')]).toBe('Adressboken hämtad på begäran');
  });
});
