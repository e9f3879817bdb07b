/**
 * Our references (personnummer, samordningsnummer, diarienummer, ärendenummer, other) and the
 * person the message is for. Each entry is checked as it is typed (shown once the field has
 * been left or the form submitted); a valid personal identity number shows how it will be sent.
 */
import { useTranslation } from 'react-i18next';
import { newUuid } from '../../../sdk/ids';
import type { InstanceIdentifier } from '../../../sdk/model';
import { isStandardLabel, referenceKind } from '../../../sdk/references';
import type { PersonValues, ReferenceEntry, ReferenceKind } from '../model/composeValues';
import { fieldDomId, type ComposeField, type FormIssue } from '../model/formIssues';
import { FieldError } from '../ui/FieldError';
import { CHOOSABLE_KINDS, checkReference } from './referenceEntries';

export interface ReferencesFieldsetProps {
  references: ReferenceEntry[];
  onReferencesChange(next: ReferenceEntry[]): void;
  person: PersonValues;
  onPersonChange(next: PersonValues): void;
  /** Their references, echoed back in a reply (read only). */
  theirReferences: readonly InstanceIdentifier[];
  /** Visible issue per field (already filtered for touched/submitted). */
  issueOf(field: ComposeField): FormIssue | undefined;
  onBlurField(field: ComposeField): void;
}

export function ReferencesFieldset(props: ReferencesFieldsetProps) {
  const { t } = useTranslation('compose');
  const { references, onReferencesChange, person, onPersonChange, issueOf, onBlurField } = props;

  const update = (key: string, change: Partial<ReferenceEntry>) =>
    onReferencesChange(references.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const add = () => {
    const key = newUuid();
    onReferencesChange([...references, { key, kind: 'diarienummer', value: '', label: '' }]);
    // Focus the new entry's kind once it is rendered.
    queueMicrotask(() => document.getElementById(`${fieldDomId(`reference:${key}`)}-kind`)?.focus());
  };

  const remove = (key: string, index: number) => {
    const next = references.filter((r) => r.key !== key);
    onReferencesChange(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    queueMicrotask(() =>
      (neighbour ? document.getElementById(fieldDomId(`reference:${neighbour.key}`)) : document.getElementById('compose-add-reference'))?.focus(),
    );
  };

  const hsaIssue = issueOf('person.hsaId');
  const nameIssue = issueOf('person.name');

  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('references.legend')}</legend>
        <p className="field__hint">{t('references.hint')}</p>
        {references.length > 0 ? (
          <ol className="reference-list">
            {references.map((entry, i) => {
              const field: ComposeField = `reference:${entry.key}`;
              const id = fieldDomId(field);
              const issue = issueOf(field);
              const check = checkReference(entry);
              const showsNormalized = check.ok && check.display && check.display !== entry.value.trim();
              return (
                <li key={entry.key} className="reference">
                  <div className="field">
                    <label className="field__label" htmlFor={`${id}-kind`}>
                      {t('references.kind', { n: i + 1 })}
                    </label>
                    <select
                      id={`${id}-kind`}
                      className="input"
                      value={entry.kind}
                      onChange={(event) => update(entry.key, { kind: event.target.value as ReferenceKind })}
                    >
                      {CHOOSABLE_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {t(`references.kinds.${kind}`)}
                        </option>
                      ))}
                      {entry.kind === 'custom' ? <option value="custom">{t('references.kinds.custom', { root: entry.root ?? '' })}</option> : null}
                    </select>
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor={id}>
                      {t('references.value', { n: i + 1 })}
                    </label>
                    <p id={`${id}-hint`} className="field__hint">
                      {t(`references.valueHints.${entry.kind}`)}
                    </p>
                    <FieldError id={`${id}-error`} issue={issue} />
                    <input
                      id={id}
                      className="input"
                      type="text"
                      inputMode={entry.kind === 'personnummer' || entry.kind === 'samordningsnummer' ? 'numeric' : undefined}
                      autoComplete="off"
                      value={entry.value}
                      aria-invalid={issue ? true : undefined}
                      aria-describedby={[`${id}-hint`, issue ? `${id}-error` : '', showsNormalized ? `${id}-normalized` : '']
                        .filter(Boolean)
                        .join(' ')}
                      onChange={(event) => update(entry.key, { value: event.target.value })}
                      onBlur={() => onBlurField(field)}
                    />
                    {showsNormalized ? (
                      <p id={`${id}-normalized`} className="field__hint">
                        {t('references.normalized', { value: check.display })}
                      </p>
                    ) : null}
                  </div>
                  <div className="field">
                    <label className="field__label" htmlFor={`${id}-label`}>
                      {t('references.label', { n: i + 1 })}
                    </label>
                    <input
                      id={`${id}-label`}
                      className="input"
                      type="text"
                      value={entry.label}
                      onChange={(event) => update(entry.key, { label: event.target.value })}
                    />
                  </div>
                  <button type="button" className="button button--quiet reference__remove" onClick={() => remove(entry.key, i)}>
                    {t('references.remove', { n: i + 1 })}
                  </button>
                </li>
              );
            })}
          </ol>
        ) : null}
        <button id="compose-add-reference" type="button" className="button button--quiet" onClick={add}>
          {t('references.add')}
        </button>
        {props.theirReferences.length > 0 ? (
          <div id={fieldDomId('theirReferences')} tabIndex={-1} className="their-references">
            <h3 className="field__label">{t('references.theirs')}</h3>
            <FieldError id="compose-their-references-error" issue={issueOf('theirReferences')} />
            <ul>
              {props.theirReferences.map((r, i) => (
                <li key={`${r.root}-${r.extension}-${i}`}>
                  {t(`references.rootKinds.${referenceKind(r.root)}`)}: {r.extension}
                  {r.label && !isStandardLabel(r.root, r.label) ? ` (${r.label})` : ''}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('person.legend')}</legend>
        <p className="field__hint">{t('person.hint')}</p>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('person.hsaId')}>
            {t('person.hsaId')}
          </label>
          <p id="compose-person-hsa-hint" className="field__hint">
            {t('person.hsaHint')}
          </p>
          <FieldError id="compose-person-hsa-error" issue={hsaIssue} />
          <input
            id={fieldDomId('person.hsaId')}
            className="input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={person.hsaId}
            aria-invalid={hsaIssue ? true : undefined}
            aria-describedby={`compose-person-hsa-hint${hsaIssue ? ' compose-person-hsa-error' : ''}`}
            onChange={(event) => onPersonChange({ ...person, hsaId: event.target.value })}
            onBlur={() => onBlurField('person.hsaId')}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={fieldDomId('person.name')}>
            {t('person.name')}
          </label>
          <FieldError id="compose-person-name-error" issue={nameIssue} />
          <input
            id={fieldDomId('person.name')}
            className="input"
            type="text"
            autoComplete="off"
            value={person.name}
            aria-invalid={nameIssue ? true : undefined}
            aria-describedby={nameIssue ? 'compose-person-name-error' : undefined}
            onChange={(event) => onPersonChange({ ...person, name: event.target.value })}
            onBlur={() => onBlurField('person.name')}
          />
        </div>
      </fieldset>
    </>
  );
}
