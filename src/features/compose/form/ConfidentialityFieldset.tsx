/**
 * Whether the message is subject to confidentiality (sekretess): a required choice, with the
 * original's choice as a hint in a reply or complement.
 */
import { useTranslation } from 'react-i18next';
import type { ComposeValues } from '../model/composeValues';
import { fieldDomId, type ComposeField, type FormIssue } from '../model/formIssues';
import { FieldError } from '../ui/FieldError';

export interface ConfidentialityFieldsetProps {
  values: ComposeValues;
  update(change: Partial<ComposeValues>, fields?: ComposeField[]): void;
  issueOf(field: ComposeField): FormIssue | undefined;
  touch(field: ComposeField): void;
  busy: boolean;
  /** The original of a reply/complement was confidential (shown as a hint). */
  originalConfidentiality: boolean | undefined;
}

export function ConfidentialityFieldset({ values, update, issueOf, touch, busy, originalConfidentiality }: ConfidentialityFieldsetProps) {
  const { t } = useTranslation('compose');
  const issue = issueOf('confidentiality');
  return (
    <fieldset
      className="fieldset"
      aria-describedby={issue ? `compose-confidentiality-hint ${fieldDomId('confidentiality')}-error` : 'compose-confidentiality-hint'}
      aria-invalid={issue ? true : undefined}
    >
      <legend className="fieldset__legend">{t('confidentiality.legend')}</legend>
      <p id="compose-confidentiality-hint" className="field__hint">
        {originalConfidentiality === undefined
          ? t('confidentiality.hint')
          : t(originalConfidentiality ? 'confidentiality.originalYes' : 'confidentiality.originalNo')}
      </p>
      <FieldError id={`${fieldDomId('confidentiality')}-error`} issue={issue} />
      <div className="radio">
        <input
          type="radio"
          id={fieldDomId('confidentiality')}
          name="confidentiality"
          value="yes"
          checked={values.confidentiality === true}
          disabled={busy}
          onChange={() => update({ confidentiality: true }, ['confidentiality'])}
          onBlur={() => touch('confidentiality')}
        />
        <label htmlFor={fieldDomId('confidentiality')}>{t('confidentiality.yes')}</label>
      </div>
      <div className="radio">
        <input
          type="radio"
          id="compose-confidentiality-no"
          name="confidentiality"
          value="no"
          checked={values.confidentiality === false}
          disabled={busy}
          onChange={() => update({ confidentiality: false }, ['confidentiality'])}
          onBlur={() => touch('confidentiality')}
        />
        <label htmlFor="compose-confidentiality-no">{t('confidentiality.no')}</label>
      </div>
    </fieldset>
  );
}
