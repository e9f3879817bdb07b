/**
 * Who sends and who receives: the sending function address, the recipients (found in the
 * address book) and, for several recipients of a new message, one conversation or one each.
 * Locked in a reply or complement, and while sending.
 */
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/SessionContext';
import { Field } from '../../../ui/Field';
import { useFunctionAddressDirectory } from '../../mailboxes';
import { fieldDomId } from '../model/formIssues';
import { RecipientCombobox } from '../recipients/RecipientCombobox';
import { recentRecipients } from '../recipients/recentRecipients';
import { useRecipientIndex } from '../recipients/useRecipientIndex';
import { useIssueText } from '../ui/FieldError';
import type { ComposeFieldProps } from './composeFieldProps';

export interface AddressFieldsProps extends ComposeFieldProps {
  /** The message ids are fixed (a send was tried): the conversation choice is final. */
  sendIdsFixed: boolean;
}

export function AddressFields({ values, update, issueOf, touch, busy, sendIdsFixed }: AddressFieldsProps) {
  const { t } = useTranslation('compose');
  const issueText = useIssueText();
  const { user } = useSession();
  const directory = useFunctionAddressDirectory();
  const recipientIndex = useRecipientIndex();
  const isThread = Boolean(values.thread);
  const fromOptions = user.functionAddresses;

  return (
    <>
    <Field
      id={fieldDomId('from')}
      label={t('from.label')}
      hint={isThread ? t('from.threadHint') : t('from.hint')}
      hintPlacement="after"
      {...issueText(issueOf('from'))}
    >
      {({ describedBy }) => (
        <select
          id={fieldDomId('from')}
          className="input"
          value={values.from}
          disabled={isThread || busy}
          aria-describedby={describedBy}
          onChange={(event) => update({ from: event.target.value }, ['from'])}
        >
          {fromOptions.map((fa) => (
            <option key={fa} value={fa}>
              {directory.labelOf(fa)}
              {directory.organizationOf(fa) ? `, ${directory.organizationOf(fa)?.name ?? ''}` : ''}
            </option>
          ))}
        </select>
      )}
    </Field>

    <Field
      id={fieldDomId('recipients')}
      labelId="compose-recipients-label"
      label={t('recipients.label')}
      hint={isThread ? t(`recipients.lockedHint.${values.thread?.kind ?? 'reply'}`) : t('recipients.hint')}
      {...issueText(issueOf('recipients'))}
    >
      {({ describedBy, invalid }) => (
        <RecipientCombobox
          inputId={fieldDomId('recipients')}
          index={recipientIndex.index}
          indexState={recipientIndex.isError ? 'error' : recipientIndex.isPending ? 'pending' : 'ready'}
          onRetryIndex={recipientIndex.refetch}
          selected={values.recipients}
          onChange={(recipients) => {
            update({ recipients }, ['recipients']);
            touch('recipients');
          }}
          recent={recentRecipients(user.subject)}
          describedBy={describedBy}
          invalid={invalid}
          locked={isThread || busy}
        />
      )}
    </Field>

    {!isThread && values.recipients.length > 1 ? (
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('conversation.legend', { count: values.recipients.length })}</legend>
        <p className="field__hint" id="compose-conversation-hint">
          {sendIdsFixed ? t('conversation.fixed') : t('conversation.hint')}
        </p>
        {(['separate', 'shared'] as const).map((mode) => (
          <div className="radio" key={mode}>
            <input
              type="radio"
              id={`compose-conversation-${mode}`}
              name="conversationMode"
              value={mode}
              checked={values.conversationMode === mode}
              disabled={sendIdsFixed || busy}
              aria-describedby="compose-conversation-hint"
              onChange={() => update({ conversationMode: mode })}
            />
            <label htmlFor={`compose-conversation-${mode}`}>{t(`conversation.${mode}`)}</label>
          </div>
        ))}
      </fieldset>
    ) : null}
    </>
  );
}
