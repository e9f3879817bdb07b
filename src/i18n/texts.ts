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
