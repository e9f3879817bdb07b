/**
 * The English table of a namespace must have exactly the keys of the Swedish source table.
 * Usage: `const en: Texts<typeof sv> = {...}`.
 */
export type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
