/**
 * Code systems (IIType root) for person and reference ids, as listed in B1.3.3
 * (attention/person/personId and attention/reference/referenceId).
 */
import type { LabelledInstanceIdentifier } from './model';

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

/**
 * The label an identifier is sent with when the user gave none: the Swedish name of its kind.
 *
 * Digg's MT/MK API requires a label on every reference and person (referenceDef, personDef:
 * root, extension and label), although B1.3.3 and the XSD make it optional ("Namn/etikett på
 * internt referens-id"). So a message service that validates against Digg's schema refuses an
 * identifier without one, while reading must still accept it (see messageHeader).
 *
 * The text is fixed Swedish, never the sender's UI language: it travels with the message to
 * another organisation, is filed there and is read by their systems; an English "Registry
 * number" from one case worker and "Diarienummer" from the next would make the same kind of
 * id look like two. A reader recognises these texts (isStandardLabel) and shows the kind in
 * its own language instead.
 */
export const STANDARD_LABELS: Readonly<Record<keyof typeof REFERENCE_ROOTS, string>> = {
  personnummer: 'Personnummer',
  samordningsnummer: 'Samordningsnummer',
  hsaId: 'HSA-id',
  nationalReserveId: 'Nationell reservidentitet',
  diarienummer: 'Diarienummer',
  gln: 'GLN',
  email: 'E-postadress',
  otherPerson: 'Övrig person',
  unregistered: 'Övrig referens',
};

/** Label of a case number (sent under "unregistred", which alone does not say what it is). */
export const CASE_NUMBER_LABEL = 'Ärendenummer';

/** Label of an identifier whose code system is not one of B1.3.3's. */
export const UNKNOWN_KIND_LABEL = 'Referens';

/** The standard label of a root: its kind's name, or "Referens" for a code system we do not know. */
export function standardLabel(root: string): string {
  const kind = referenceKind(root);
  return kind === 'unknown' ? UNKNOWN_KIND_LABEL : STANDARD_LABELS[kind];
}

/** An identifier as Digg's API wants it sent: always with a label. */
export type LabelledIdentifier = LabelledInstanceIdentifier;

/**
 * The identifier with a label: its own, unchanged, when it is not blank (a reply echoes the
 * other side's references as they came), else `fallback` (e.g. the kind the user picked),
 * else the standard label of its root.
 */
export function withLabel(id: { root: string; extension: string; label?: string | undefined }, fallback?: string): LabelledIdentifier {
  const own = typeof id.label === 'string' && id.label.trim() !== '' ? id.label : undefined;
  return { root: id.root, extension: id.extension, label: own ?? (fallback || standardLabel(id.root)) };
}

/**
 * A person as Digg's API wants it sent (personDef: "The name of the person"): its own label;
 * under the "övrig" person root the id is the name (as B1.3.3 has it), so that; else the
 * standard label of its root (an HSA-id without a known name goes as "HSA-id").
 */
export function personWithLabel(id: { root: string; extension: string; label?: string | undefined }): LabelledIdentifier {
  return withLabel(id, id.root.trim() === REFERENCE_ROOTS.otherPerson ? id.extension : undefined);
}

/**
 * True when a label says nothing beyond the kind its root already names (the text withLabel
 * fills in for that root), so a reader can show the kind in its own language instead of
 * repeating it, and a reply does not put it into the form as if the user had written it.
 * ("Ärendenummer" under "unregistred" does say more than the root, so it is not standard.)
 */
export function isStandardLabel(root: string, label: string | undefined): boolean {
  return label !== undefined && label.trim() === standardLabel(root);
}
