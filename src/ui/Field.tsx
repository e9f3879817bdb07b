/**
 * One labelled form field: label, hint, error and control, tied together with
 * aria-describedby (hint first, then any extra description, then the error) so screen readers
 * read what the sighted see. The error sits above the control (GOV.UK style) and is prefixed
 * for screen readers. TextField is the same with a text input.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';

export interface FieldProps {
  /** The control's id; the hint and the error get `${id}-hint` and `${id}-error` unless given. */
  id: string;
  label: ReactNode;
  labelId?: string;
  hint?: ReactNode;
  hintId?: string;
  /** Where the hint stands: above the error (default) or under the control. */
  hintPlacement?: 'before' | 'after';
  /** The error in words; nothing when the field is fine. */
  error?: string | undefined;
  /** Read before the error by screen readers only (e.g. "Fel:"). */
  errorPrefix?: string;
  errorId?: string;
  /** Under the control (a counter, a note); its own element with the id `afterId`. */
  after?: ReactNode;
  afterId?: string;
  children(control: { describedBy: string | undefined; invalid: boolean }): ReactNode;
}

export function Field(props: FieldProps) {
  const { id, label, labelId, hint, hintPlacement = 'before', error, errorPrefix, after, afterId, children } = props;
  const hintId = props.hintId ?? `${id}-hint`;
  const errorId = props.errorId ?? `${id}-error`;
  const describedBy = [hint ? hintId : '', after && afterId ? afterId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const hintElement = hint ? (
    <p id={hintId} className="field__hint">
      {hint}
    </p>
  ) : null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id} id={labelId}>
        {label}
      </label>
      {hintPlacement === 'before' ? hintElement : null}
      <FieldErrorText id={errorId} error={error} prefix={errorPrefix} />
      {children({ describedBy, invalid: Boolean(error) })}
      {hintPlacement === 'after' ? hintElement : null}
      {after}
    </div>
  );
}

/** A field's error text, or nothing. Also for errors of a fieldset or a group. */
export function FieldErrorText({ id, error, prefix }: { id: string; error: string | undefined; prefix?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {prefix ? <span className="visually-hidden">{prefix} </span> : null}
      {error}
    </p>
  );
}

export type TextFieldProps = Omit<FieldProps, 'children'> & {
  /** Attributes of the input (value, onChange, onBlur, autoComplete, …). */
  input: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'className' | 'aria-describedby' | 'aria-invalid'>;
};

export function TextField({ input, ...field }: TextFieldProps) {
  return (
    <Field {...field}>
      {({ describedBy, invalid }) => (
        <input
          {...input}
          id={field.id}
          className="input"
          type="text"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
