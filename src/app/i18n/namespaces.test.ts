import { describe, expect, it } from 'vitest';
import { mergeTexts } from '../../i18n/texts';
import { ALL_TEXTS, createTestI18n } from '../../testing/allTexts';
import { BUNDLED_TEXTS, ON_DEMAND_TEXTS } from './namespaces';

function keyPaths(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keyPaths(value as object, `${prefix}${key}.`),
  );
}

describe('the namespaces', () => {
  it('are each registered once, bundled or on demand', () => {
    const bundled = Object.keys(BUNDLED_TEXTS);
    expect(Object.keys(ON_DEMAND_TEXTS).filter((ns) => bundled.includes(ns))).toEqual([]);
    expect(Object.keys(ALL_TEXTS).sort()).toEqual([...bundled, ...Object.keys(ON_DEMAND_TEXTS)].sort());
  });

  it.each(Object.entries(ALL_TEXTS))('%s: English has exactly the Swedish keys, none of them empty', (_ns, texts) => {
    expect(keyPaths(texts.en).sort()).toEqual(keyPaths(texts.sv).sort());
    const empty = [texts.sv, texts.en].flatMap((table) =>
      keyPaths(table).filter((path) => {
        const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);
        return typeof value !== 'string' || value.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });

  it('keep interpolation and plural keys working after merging sub-feature texts', () => {
    const t = createTestI18n('sv').getFixedT('sv', 'compose');
    expect(t('recipients.matches', { count: 1 })).toBe('1 träff. Välj med pil upp och pil ned och tryck Enter.');
    expect(t('recipients.matches', { count: 3 })).toBe('3 träffar. Välj med pil upp och pil ned och tryck Enter.');
    expect(t('attachments.removeFile', { name: 'a.pdf' })).toBe('Ta bort a.pdf');
  });

  it('are type-checked: tsc rejects a misspelt key or namespace (npm run typecheck runs these lines)', () => {
    const i18n = createTestI18n('sv');
    const t = i18n.getFixedT('sv', 'print');
    expect(t('printButton')).toBe('Skriv ut');
    // Without the typed keys this would reach the screen as the raw key.
    // @ts-expect-error -- 'printButon' is not a key of the 'print' namespace
    expect(t('printButon')).toBe('printButon');
    // @ts-expect-error -- 'delivry' is not a namespace
    expect(i18n.getFixedT('sv', 'delivry')('heading')).toBe('heading');
    // @ts-expect-error -- a key of 'delivery' asked for in 'reader'
    expect(i18n.getFixedT('sv', 'reader')('heading')).toBe('heading');
  });
});

describe('mergeTexts', () => {
  it('refuses a top-level key defined by two parts, which would hide one of the texts', () => {
    expect(mergeTexts({ a: 'A' }, { b: { c: 'C' } })).toEqual({ a: 'A', b: { c: 'C' } });
    expect(() => mergeTexts({ summary: 'x' }, { summary: 'y' })).toThrow('"summary"');
  });
});
