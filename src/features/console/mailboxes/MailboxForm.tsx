/**
 * Register or edit a function mailbox. Checks the fields with the same rules as the gateway
 * (src/sdk/mailboxRegistration) before sending, shows every error at its field and keeps what
 * was typed. A save refused because someone else saved first (409) shows what is stored now,
 * field by field, and lets the editor keep her values (saving on the new version) or take theirs.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApiClient } from '../../../api/ApiClientContext';
import { AdminApiError, adminKeys } from '../../../api/endpoints/admin/adminKeys';
import { createAdminMailbox } from '../../../api/endpoints/admin/createMailbox';
import type { AdminMailbox } from '../../../api/endpoints/admin/listMailboxes';
import { conflictOf, updateAdminMailbox, type MailboxConflict } from '../../../api/endpoints/admin/updateMailbox';
import { useSession } from '../../../auth/SessionContext';
import { isolate } from '../../../i18n/bidi';
import { checkMailboxFields, checkMailboxId, mailboxIdFor, splitCategories, type MailboxIssueCode } from '../../../sdk/mailboxRegistration';
import { Field, FieldErrorText, TextField } from '../../../ui/Field';

interface Values {
  id: string;
  name: string;
  description: string;
  categories: string;
  sends: boolean;
  receives: boolean;
  notificationEmail: string;
  active: boolean;
}

type FieldName = 'id' | 'name' | 'description' | 'categories' | 'notificationEmail';
const ISSUE_CODES: readonly MailboxIssueCode[] = ['required', 'tooLong', 'badFormat', 'badCharacters', 'wrongOrganization', 'taken', 'tooMany', 'badEmail'];

function valuesOf(mailbox: AdminMailbox): Values {
  return {
    id: mailbox.id,
    name: mailbox.name,
    description: mailbox.description,
    categories: mailbox.categories.join(', '),
    sends: mailbox.sends,
    receives: mailbox.receives,
    notificationEmail: mailbox.notificationEmail,
    active: mailbox.active,
  };
}

export type MailboxFormProps =
  | { mode: 'create'; onDone(mailbox: AdminMailbox): void; onCancel(): void }
  | { mode: 'edit'; mailbox: AdminMailbox; onDone(mailbox: AdminMailbox): void; onCancel(): void };

export function MailboxForm(props: MailboxFormProps) {
  const { t } = useTranslation('console', { keyPrefix: 'mailboxes' });
  const client = useApiClient();
  const queryClient = useQueryClient();
  const organization = useSession().user.organization.id;
  const ids = useId();
  const editing = props.mode === 'edit' ? props.mailbox : undefined;
  const [values, setValues] = useState<Values>(() =>
    editing ? valuesOf(editing) : { id: mailboxIdFor('', organization), name: '', description: '', categories: '', sends: true, receives: true, notificationEmail: '', active: true },
  );
  const [version, setVersion] = useState(editing?.version ?? 1);
  const [errors, setErrors] = useState<Partial<Record<FieldName, MailboxIssueCode>>>({});
  const [conflict, setConflict] = useState<MailboxConflict | undefined>();
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The form replaces the button that opened it (or appears above the table): focus moves to
  // its heading, so keyboard and screen-reader users land in it (WCAG 2.4.3).
  useEffect(() => titleRef.current?.focus(), []);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const message = (field: FieldName) => {
    const code = errors[field];
    return code ? t(`issues.${code}`, { organization: isolate(organization) }) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setFailed(false);
    const fields = {
      name: values.name,
      description: values.description,
      categories: splitCategories(values.categories),
      sends: values.sends,
      receives: values.receives,
      notificationEmail: values.notificationEmail.trim(),
    };
    const issues = [...(editing ? [] : checkMailboxId(values.id.trim(), organization)), ...checkMailboxFields(fields)];
    if (issues.length > 0) {
      setErrors(Object.fromEntries(issues.map((i) => [i.field, i.code])));
      summaryRef.current?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = editing
        ? await updateAdminMailbox(client, editing.id, { ...fields, version, active: values.active })
        : await createAdminMailbox(client, { ...fields, id: values.id.trim() });
      setConflict(undefined);
      await queryClient.invalidateQueries({ queryKey: adminKeys.all });
      props.onDone(saved);
    } catch (error) {
      const refused = conflictOf(error);
      if (refused) {
        setConflict(refused);
      } else if (error instanceof AdminApiError && (error.status === 400 || error.status === 409)) {
        const found = error.fieldIssues();
        setErrors(Object.fromEntries(Object.entries(found).filter(([, code]) => (ISSUE_CODES as readonly string[]).includes(code))) as typeof errors);
        if (Object.keys(found).length === 0) setFailed(true);
      } else {
        setFailed(true);
      }
      summaryRef.current?.focus();
    } finally {
      setSaving(false);
    }
  }

  const hasErrors = Object.keys(errors).length > 0;
  const title = editing ? t('form.editTitle', { name: isolate(editing.name) }) : t('form.createTitle');
  const shown = (value: unknown) =>
    typeof value === 'boolean' ? t(value ? 'form.yes' : 'form.no') : Array.isArray(value) ? value.join(', ') || t('form.empty') : String(value ?? '') || t('form.empty');
  const fieldLabel: Record<MailboxConflict['changedFields'][number], string> = {
    name: t('form.name'),
    description: t('form.description'),
    categories: t('form.categories'),
    sends: t('form.sends'),
    receives: t('form.receives'),
    notificationEmail: t('form.notificationEmail'),
    active: t('form.active'),
  };

  return (
    <form className="console-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`} ref={titleRef} tabIndex={-1}>
        {title}
      </h3>
      <div ref={summaryRef} tabIndex={-1}>
        {hasErrors ? (
          <p role="alert" className="notice notice--error">
            {t('form.errorSummary')}
          </p>
        ) : null}
        {failed ? (
          <p role="alert" className="notice notice--error">
            {t('form.failed')}
          </p>
        ) : null}
        {conflict ? (
          <div role="alert" className="notice notice--warning">
            <h4>{t('form.conflictTitle')}</h4>
            <p>{t('form.conflictBody', { who: isolate(conflict.current.updatedBy?.name ?? conflict.current.updatedBy?.sub ?? '?') })}</p>
            <ul>
              {conflict.changedFields.map((field) => (
                <li key={field}>{t('form.conflictField', { field: fieldLabel[field], value: isolate(shown(conflict.current[field])) })}</li>
              ))}
            </ul>
            <p className="console-form__actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setVersion(conflict.current.version);
                  setConflict(undefined);
                }}
              >
                {t('form.conflictOverwrite')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setValues(valuesOf(conflict.current));
                  setVersion(conflict.current.version);
                  setConflict(undefined);
                }}
              >
                {t('form.conflictUseCurrent')}
              </button>
            </p>
          </div>
        ) : null}
      </div>

      {editing ? (
        <p>
          <strong>{t('form.id')}:</strong> <code>{editing.id}</code>
        </p>
      ) : (
        <TextField
          id={`${ids}-id`}
          label={t('form.id')}
          hint={t('form.idHint', { organization: isolate(organization) })}
          error={message('id')}
          errorPrefix={t('form.errorPrefix')}
          input={{ value: values.id, onChange: (e) => set('id', e.target.value), autoComplete: 'off', spellCheck: false }}
        />
      )}
      <TextField
        id={`${ids}-name`}
        label={t('form.name')}
        error={message('name')}
        errorPrefix={t('form.errorPrefix')}
        input={{ value: values.name, onChange: (e) => set('name', e.target.value), autoComplete: 'off' }}
      />
      <Field id={`${ids}-description`} label={t('form.description')} error={message('description')} errorPrefix={t('form.errorPrefix')}>
        {({ describedBy, invalid }) => (
          <textarea
            id={`${ids}-description`}
            className="input"
            rows={3}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid ? true : undefined}
          />
        )}
      </Field>
      <TextField
        id={`${ids}-categories`}
        label={t('form.categories')}
        hint={t('form.categoriesHint')}
        error={message('categories')}
        errorPrefix={t('form.errorPrefix')}
        input={{ value: values.categories, onChange: (e) => set('categories', e.target.value), autoComplete: 'off' }}
      />
      <div className="checkbox">
        <input id={`${ids}-sends`} type="checkbox" checked={values.sends} onChange={(e) => set('sends', e.target.checked)} />
        <label htmlFor={`${ids}-sends`}>{t('form.sends')}</label>
      </div>
      <div className="checkbox">
        <input id={`${ids}-receives`} type="checkbox" checked={values.receives} onChange={(e) => set('receives', e.target.checked)} />
        <label htmlFor={`${ids}-receives`}>{t('form.receives')}</label>
      </div>
      <TextField
        id={`${ids}-email`}
        label={t('form.notificationEmail')}
        hint={t('form.notificationEmailHint')}
        error={message('notificationEmail')}
        errorPrefix={t('form.errorPrefix')}
        input={{ value: values.notificationEmail, onChange: (e) => set('notificationEmail', e.target.value), autoComplete: 'email', inputMode: 'email' }}
      />
      {editing ? (
        <div className="checkbox">
          <input id={`${ids}-active`} type="checkbox" checked={values.active} onChange={(e) => set('active', e.target.checked)} />
          <label htmlFor={`${ids}-active`}>{t('form.active')}</label>
        </div>
      ) : null}
      <FieldErrorText id={`${ids}-none`} error={undefined} />
      <p className="console-form__actions">
        <button type="submit" className="button button--primary" aria-disabled={saving || undefined}>
          {saving ? t('form.saving') : editing ? t('form.submitEdit') : t('form.submitCreate')}
        </button>
        <button type="button" className="button button--quiet" onClick={props.onCancel}>
          {t('form.cancel')}
        </button>
      </p>
    </form>
  );
}
