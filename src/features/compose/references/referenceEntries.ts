/**
 * Our references and the addressed person, from form entries to the SDK's InstanceIdentifier
 * (root = code system from B1.3.3, extension = the id), with a specific problem when an entry
 * cannot be sent. Pure: the fields, the request builder and the tests share it.
 */
import { HSA_ID_MAX_LENGTH, isHsaId } from '../../../sdk/hsaId';
import type { InstanceIdentifier } from '../../../sdk/model';
import { checkPersonalIdentity, type PersonalIdentityProblem } from '../../../sdk/personalIdentity';
import { CASE_NUMBER_LABEL, isStandardLabel, REFERENCE_ROOTS, referenceKind, withLabel, type LabelledIdentifier } from '../../../sdk/references';
import { ATTENTION_LABEL_MAX_LENGTH, characterCount, EXTENSION_MAX_LENGTH } from '../../../sdk/rules/limits';
import type { PersonValues, ReferenceEntry, ReferenceKind } from '../model/composeValues';

/** Code system per kind. B1.3.3 has no own root for case numbers: they go as "Övriga/okänd". */
export const ROOT_OF_KIND: Record<Exclude<ReferenceKind, 'custom'>, string> = {
  personnummer: REFERENCE_ROOTS.personnummer,
  samordningsnummer: REFERENCE_ROOTS.samordningsnummer,
  diarienummer: REFERENCE_ROOTS.diarienummer,
  arendenummer: REFERENCE_ROOTS.unregistered,
  other: REFERENCE_ROOTS.unregistered,
};

/** The kinds the user can choose, in menu order. */
export const CHOOSABLE_KINDS = ['personnummer', 'samordningsnummer', 'diarienummer', 'arendenummer', 'other'] as const;

/**
 * The label of an entry the user gave no text for: the name of the kind picked where the code
 * system alone does not say it (a case number goes as "unregistred"); otherwise the domain's
 * standard label of the root (references.withLabel: Swedish, whatever the UI language).
 */
const KIND_LABEL: Partial<Record<ReferenceKind, string>> = { arendenummer: CASE_NUMBER_LABEL };

export type ReferenceProblem =
  | { code: 'personal-id'; problem: PersonalIdentityProblem; actualKind?: 'personnummer' | 'samordningsnummer' }
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'label-too-long'; max: number };

export type ReferenceCheck = { ok: true; id: LabelledIdentifier; display?: string } | { ok: false; problem: ReferenceProblem };

/** A reference entry as it would be sent, or why it cannot be. */
export function checkReference(entry: ReferenceEntry, now: Date = new Date()): ReferenceCheck {
  const value = entry.value.trim();
  const label = entry.label.trim();
  if (characterCount(label) > ATTENTION_LABEL_MAX_LENGTH) return { ok: false, problem: { code: 'label-too-long', max: ATTENTION_LABEL_MAX_LENGTH } };
  const labelled = (id: InstanceIdentifier): LabelledIdentifier => withLabel({ ...id, label }, KIND_LABEL[entry.kind]);

  if (entry.kind === 'personnummer' || entry.kind === 'samordningsnummer') {
    const result = checkPersonalIdentity(value, entry.kind, now);
    if (!result.ok) {
      return {
        ok: false,
        problem: { code: 'personal-id', problem: result.problem, ...(result.actualKind ? { actualKind: result.actualKind } : {}) },
      };
    }
    return { ok: true, id: labelled({ root: ROOT_OF_KIND[entry.kind], extension: result.normalized }), display: result.display };
  }
  if (value === '') return { ok: false, problem: { code: 'required' } };
  if (characterCount(value) > EXTENSION_MAX_LENGTH) return { ok: false, problem: { code: 'too-long', max: EXTENSION_MAX_LENGTH } };
  const root = entry.kind === 'custom' ? (entry.root ?? REFERENCE_ROOTS.unregistered) : ROOT_OF_KIND[entry.kind];
  return { ok: true, id: labelled({ root, extension: value }) };
}

/**
 * A received reference id as an editable entry (reply prefill); unknown roots are kept as
 * 'custom'. A label that only names the kind is not put into the label field: it is what
 * would be sent anyway, and the user did not write it.
 */
export function entryFromIdentifier(id: InstanceIdentifier, key: string): ReferenceEntry {
  const known = referenceKind(id.root);
  const base = { key, value: id.extension, label: id.label === undefined || isStandardLabel(id.root, id.label) ? '' : id.label };
  switch (known) {
    case 'personnummer':
    case 'samordningsnummer':
    case 'diarienummer':
      return { ...base, kind: known };
    case 'unregistered':
      return id.label === CASE_NUMBER_LABEL ? { ...base, kind: 'arendenummer', label: '' } : { ...base, kind: 'other' };
    default:
      return { ...base, kind: 'custom', root: id.root };
  }
}

export type PersonProblem = { code: 'hsa-id'; max: number } | { code: 'name-too-long'; max: number };

export type PersonCheck = { ok: true; ids: LabelledIdentifier[] } | { ok: false; field: 'hsaId' | 'name'; problem: PersonProblem };

/**
 * The addressed person: by HSA-id (root 1.2.752.29.6.2.1, the name as label) or, with only a
 * name, under B1.3.3's "övrig" person root with the name as both id and label. Empty → none.
 * Digg's API requires a label: an HSA-id without a name goes with the standard label "HSA-id"
 * (the name stays optional in the form, as B1.3.3 has it; a reader shows the id's kind).
 */
export function checkPerson(person: PersonValues): PersonCheck {
  const hsaId = person.hsaId.trim();
  const name = person.name.trim();
  if (characterCount(name) > ATTENTION_LABEL_MAX_LENGTH) {
    return { ok: false, field: 'name', problem: { code: 'name-too-long', max: ATTENTION_LABEL_MAX_LENGTH } };
  }
  if (hsaId !== '') {
    if (!isHsaId(hsaId)) return { ok: false, field: 'hsaId', problem: { code: 'hsa-id', max: HSA_ID_MAX_LENGTH } };
    return { ok: true, ids: [withLabel({ root: REFERENCE_ROOTS.hsaId, extension: hsaId, label: name })] };
  }
  if (name !== '') return { ok: true, ids: [{ root: REFERENCE_ROOTS.otherPerson, extension: name, label: name }] };
  return { ok: true, ids: [] };
}
