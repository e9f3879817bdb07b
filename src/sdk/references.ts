/**
 * Code systems (IIType root) for person and reference ids, as listed in B1.3.3
 * (attention/person/personId and attention/reference/referenceId).
 */
export const REFERENCE_ROOTS = {
  /** Svenskt personnummer (PNR). */
  personnummer: '1.2.752.129.2.1.3.1',
  /** Samordningsnummer (SNR). */
  samordningsnummer: '1.2.752.129.2.1.3.3',
  /** HSA-id of a person. */
  hsaId: '1.2.752.29.6.2.1',
  /** Nationell reservidentitet (NRID). */
  nationalReserveId: '1.2.752.74.9.1',
  /** Diarienummer (case/registry number). */
  diarienummer: 'dnr',
  /** GLN (Global Location Number). */
  gln: '1.3.88',
  /** E-mail address. */
  email: '0.9.2342.19200300.100.1.3',
  /** "Övrig slask-oid" for persons. */
  otherPerson: '1.2.752.129.2.1.2.1',
  /** Other/unknown reference. Spelled "unregistred" in B1.3.3; that exact value is the code. */
  unregistered: 'unregistred',
} as const;

export type ReferenceKind = keyof typeof REFERENCE_ROOTS | 'unknown';

const KIND_BY_ROOT: ReadonlyMap<string, ReferenceKind> = new Map(
  (Object.entries(REFERENCE_ROOTS) as [keyof typeof REFERENCE_ROOTS, string][]).map(([kind, root]) => [root, kind]),
);

/**
 * What kind of id a root names, for the UI's label ("Personnummer", "Diarienummer", …).
 * 'unknown' for any root outside the list (organisations may use their own code systems).
 */
export function referenceKind(root: unknown): ReferenceKind {
  if (typeof root !== 'string') return 'unknown';
  return KIND_BY_ROOT.get(root.trim()) ?? 'unknown';
}
