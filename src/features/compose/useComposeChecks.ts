/**
 * The form's live checks: builds exactly the request(s) that would be sent (attachments as
 * placeholders until they are encoded) and runs the domain rules on them, plus the message
 * size budget and the attachments' own state.
 */
import { useMemo } from 'react';
import { useSession } from '../../auth/SessionContext';
import { useConfig } from '../../config/ConfigContext';
import type { ContentFile } from '../../sdk/model';
import type { MessageRuleOptions } from '../../sdk/rules/validateMessage';
import { useFunctionAddressDirectory } from '../mailboxes';
import { attachmentContentType, encodedBytesWithFiles, type DraftAttachment, type MessageBudget } from './attachments';
import { buildRequests, checkForm, type BuildResult, type SenderInfo } from './model/buildRequests';
import type { ComposeValues } from './model/composeValues';
import { uniqueIssues, type FormIssue } from './model/formIssues';

/** Valid base64 standing in for a file's content while checking (the rules test base64). */
const PLACEHOLDER_CONTENT = 'AAAA';

export interface ComposeChecks {
  issues: FormIssue[];
  budget: MessageBudget;
  sender: SenderInfo;
  build: BuildResult;
  rules: MessageRuleOptions;
}

export function useSenderInfo(from: string): SenderInfo {
  const directory = useFunctionAddressDirectory();
  const { user } = useSession();
  // The sign-in's organisation stands in while the address book loads.
  const participantIdentifier = directory.organizationOf(from)?.participantIdentifier ?? user.organization.id;
  const name = directory.labelOf(from);
  return useMemo(
    () => ({ participantIdentifier, ...(name !== from ? { functionName: name } : {}) }),
    [participantIdentifier, name, from],
  );
}

export function useComposeChecks(values: ComposeValues, attachments: readonly DraftAttachment[]): ComposeChecks {
  const config = useConfig();
  const sender = useSenderInfo(values.from);
  const rules = useMemo<MessageRuleOptions>(
    () => ({ maxMessageBytes: config.maxMessageBytes, allowedAttachmentTypes: config.allowedAttachmentTypes }),
    [config.maxMessageBytes, config.allowedAttachmentTypes],
  );

  return useMemo(() => {
    const usable = attachments.filter((a) => a.status !== 'error');
    const placeholders: ContentFile[] = usable.map((a) => ({
      fileName: a.fileName,
      contentType: attachmentContentType(a),
      content: PLACEHOLDER_CONTENT,
    }));
    const build = buildRequests({ values, sender, files: placeholders });
    // The size rule is judged with the real files' base64 length, not the placeholders'; the
    // same build serves (one build per keystroke).
    const first = build.messages[0]?.request;
    const budget: MessageBudget = {
      maxBytes: rules.maxMessageBytes,
      usedBytes: first ? encodedBytesWithFiles(first, usable, PLACEHOLDER_CONTENT.length) : 0,
    };

    const issues: FormIssue[] = checkForm(build, rules);
    if (attachments.some((a) => a.status === 'error')) issues.push({ field: 'attachments', key: 'errors.attachments.failed' });
    if (attachments.some((a) => a.status === 'checking')) issues.push({ field: 'attachments', key: 'errors.attachments.checking' });
    if (budget.usedBytes > budget.maxBytes) issues.push({ field: 'attachments', key: 'errors.attachments.tooBig' });
    return { issues: uniqueIssues(issues), budget, sender, build, rules };
  }, [values, attachments, sender, rules]);
}
