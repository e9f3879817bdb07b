/**
 * The English table of a namespace must have exactly the keys of the Swedish source table.
 * Usage: `const en: Texts<typeof sv> = {...}`.
 */
export type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };

/** One feature's texts in both languages, as each feature's i18n.ts exports them. */
export interface FeatureTexts {
  readonly sv: object;
  readonly en: object;
}

type Merged<P extends readonly object[]> = P extends readonly [infer Head, ...infer Rest extends readonly object[]] ? Head & Merged<Rest> : unknown;

/**
 * One namespace's table from the tables of its sub-features (each holds whole top-level keys:
 * docs/architecture.md, "Texts (i18n)"). A key defined by two parts would silently hide one
 * text, so it throws when the module loads, which every test that renders the feature notices.
 */
export function mergeTexts<const P extends readonly object[]>(...parts: P): Merged<P> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in merged) throw new Error(`The text key "${key}" is defined by two parts of one namespace`);
      merged[key] = value;
    }
  }
  return merged as Merged<P>;
}
