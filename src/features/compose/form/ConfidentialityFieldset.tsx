/**
 * Whether the message is subject to confidentiality (sekretess): a required choice, with the
 * original's choice as a hint in a reply or complement.
 */
import { useTranslation } from 'react-i18next';
import { fieldDomId } from '../model/formIssues';
import { FieldError } from '../ui/FieldError';
import type { ComposeFieldProps } from './composeFieldProps';

// The first choice carries the field's id, so the error summary's link lands on it.
const CHOICES = [
  { value: true, id: fieldDomId('confidentiality'), text: 'yes' },
  { value: false, id: 'compose-confidentiality-no', text: 'no' },
] as const;

export interface ConfidentialityFieldsetProps extends ComposeFieldProps {
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
      {CHOICES.map(({ value, id, text }) => (
        <div className="radio" key={text}>
          <input
            type="radio"
            id={id}
            name="confidentiality"
            value={text}
            checked={values.confidentiality === value}
            disabled={busy}
            onChange={() => update({ confidentiality: value }, ['confidentiality'])}
            onBlur={() => touch('confidentiality')}
          />
          <label htmlFor={id}>{t(`confidentiality.${text}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
