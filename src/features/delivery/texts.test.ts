import { describe, expect, it } from 'vitest';
import { ADVICE_KINDS } from '../../sdk/delivery';
import { MESSAGE_STATUSES } from '../../sdk/status';
import { deliveryResources } from './i18n';

const LANGS = ['sv', 'en'] as const;

describe('delivery texts', () => {
  it.each(LANGS.flatMap((lang) => ADVICE_KINDS.map((kind) => [lang, kind] as const)))('%s: advice %s says what happened and what to do', (lang, kind) => {
    const advice = deliveryResources[lang].advice as Record<string, { what?: string; todo?: string } | undefined>;
    expect(advice[kind]?.what).toMatch(/\S/);
    expect(advice[kind]?.todo).toMatch(/\S/);
  });

  it.each(LANGS)('%s has texts for exactly the advice kinds and every code of KV Meddelandestatus', (lang) => {
    expect(Object.keys(deliveryResources[lang].advice).sort()).toEqual([...ADVICE_KINDS].sort());
    expect(Object.keys(deliveryResources[lang].explain).sort()).toEqual([...MESSAGE_STATUSES].sort());
  });
});
