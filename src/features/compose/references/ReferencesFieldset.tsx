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
import { TextField } from '../../../ui/Field';
import { FieldError, useIssueText } from '../ui/FieldError';
import { CHOOSABLE_KINDS, checkReference } from './referenceEntries';
import { isolate } from '../../../i18n/bidi';

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
  const issueText = useIssueText();
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
                      {entry.kind === 'custom' ? <option value="custom">{t('references.kinds.custom', { root: isolate(entry.root ?? '') })}</option> : null}
                    </select>
                  </div>
                  <TextField
                    id={id}
                    label={t('references.value', { n: i + 1 })}
                    hint={t(`references.valueHints.${entry.kind}`)}
                    {...issueText(issue)}
                    afterId={`${id}-normalized`}
                    after={
                      showsNormalized ? (
                        <p id={`${id}-normalized`} className="field__hint">
                          {t('references.normalized', { value: isolate(check.display ?? '') })}
                        </p>
                      ) : null
                    }
                    input={{
                      inputMode: entry.kind === 'personnummer' || entry.kind === 'samordningsnummer' ? 'numeric' : undefined,
                      autoComplete: 'off',
                      value: entry.value,
                      onChange: (event) => update(entry.key, { value: event.target.value }),
                      onBlur: () => onBlurField(field),
                    }}
                  />
                  <TextField
                    id={`${id}-label`}
                    label={t('references.label', { n: i + 1 })}
                    input={{ value: entry.label, onChange: (event) => update(entry.key, { label: event.target.value }) }}
                  />
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
        <TextField
          id={fieldDomId('person.hsaId')}
          label={t('person.hsaId')}
          hint={t('person.hsaHint')}
          hintId="compose-person-hsa-hint"
          errorId="compose-person-hsa-error"
          {...issueText(issueOf('person.hsaId'))}
          input={{
            autoComplete: 'off',
            spellCheck: false,
            value: person.hsaId,
            onChange: (event) => onPersonChange({ ...person, hsaId: event.target.value }),
            onBlur: () => onBlurField('person.hsaId'),
          }}
        />
        <TextField
          id={fieldDomId('person.name')}
          label={t('person.name')}
          errorId="compose-person-name-error"
          {...issueText(issueOf('person.name'))}
          input={{
            autoComplete: 'off',
            value: person.name,
            onChange: (event) => onPersonChange({ ...person, name: event.target.value }),
            onBlur: () => onBlurField('person.name'),
          }}
        />
      </fieldset>
    </>
  );
}
