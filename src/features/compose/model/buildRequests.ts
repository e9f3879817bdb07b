/**
 * From the form to the sendMessage request(s): one message per recipient (a send list), each
 * with its own messageId; the domain rules are then run on exactly what would be sent.
 */
import { FUNCTIONAL_ADDRESS_ROOT, newUuid } from '../../../sdk/ids';
import type { ContentFile, CreateAttention, CreateMessageRequest } from '../../../sdk/model';
import { personWithLabel, withLabel, type LabelledIdentifier } from '../../../sdk/references';
import { characterCount, LABEL_MAX_LENGTH } from '../../../sdk/rules/limits';
import { validateCreateMessage, type MessageRuleOptions } from '../../../sdk/rules/validateMessage';
import { checkPerson, checkReference, type ReferenceProblem } from '../references/referenceEntries';
import type { ComposeValues, SelectedRecipient, SendIds } from './composeValues';
import { issueOfViolation, uniqueIssues, type FormIssue, type PathContext } from './formIssues';

/** B1.3.3's example documentID for the message's own document. */
export const DOCUMENT_ID = 'SDK meddelande';

export interface SenderInfo {
  /** The sending organisation (sender), e.g. 0203:malmo.se. */
  participantIdentifier: string;
  /** Display name of the sending function (subOrganization label), when known. */
  functionName?: string;
}

export interface BuildOptions {
  values: ComposeValues;
  sender: SenderInfo;
  /** Attachments as they will be sent (placeholders with valid base64 while checking live). */
  files: readonly ContentFile[];
  /** Ids per recipient identifier; leave out while checking live (then no ids are set). */
  ids?: Readonly<Record<string, SendIds>>;
}

export interface BuiltMessage {
  /** null only for the single request built without any recipient (to get the rules' errors). */
  recipient: SelectedRecipient | null;
  request: CreateMessageRequest;
}

export interface BuildResult {
  messages: BuiltMessage[];
  /** Problems of our own entries (references, person) that keep them out of the request. */
  formIssues: FormIssue[];
  context: PathContext;
}

function cut(text: string, max: number): string {
  return characterCount(text) > max ? Array.from(text).slice(0, max).join('') : text;
}

export function buildRequests({ values, sender, files, ids }: BuildOptions): BuildResult {
  const formIssues: FormIssue[] = [];
  const referenceIds: LabelledIdentifier[] = [];
  const referenceKeys: string[] = [];
  for (const entry of values.references) {
    const check = checkReference(entry);
    if (check.ok) {
      referenceIds.push(check.id);
      referenceKeys.push(entry.key);
    } else {
      formIssues.push({ field: `reference:${entry.key}`, ...referenceProblemMessage(check.problem) });
    }
  }
  const person = checkPerson(values.person);
  // Kept from the original as they were, but a label is added where it had none: Digg's API
  // requires one on every person and reference (B1.3.3's XML does not, so one may be missing).
  const persons: LabelledIdentifier[] = [...(person.ok ? person.ids : []), ...(values.thread?.extraRecipientPersons ?? []).map(personWithLabel)];
  if (!person.ok) {
    formIssues.push({
      field: person.field === 'hsaId' ? 'person.hsaId' : 'person.name',
      key: person.problem.code === 'hsa-id' ? 'errors.person.hsaId' : 'errors.person.nameTooLong',
      params: { max: person.problem.max },
    });
  }

  const senderAttention: CreateAttention = {
    subOrganization: {
      root: FUNCTIONAL_ADDRESS_ROOT,
      extension: values.from,
      ...(sender.functionName ? { label: cut(sender.functionName, 256) } : {}),
    },
    ...(referenceIds.length > 0 ? { referenceId: referenceIds } : {}),
  };
  const theirReferences = (values.thread?.recipientReferences ?? []).map((r) => withLabel(r));
  const text = values.text;
  const document = {
    documentId: DOCUMENT_ID,
    ...(values.label.trim() ? { documentName: cut(values.label, LABEL_MAX_LENGTH) } : {}),
    index: '1',
    ...(text.trim() !== '' ? { contentTextBody: [text] } : {}),
    ...(files.length > 0 ? { contentFiles: files.map((f) => ({ ...f })) } : {}),
  };

  const requestFor = (recipient: SelectedRecipient | null): CreateMessageRequest => {
    const messageIds = recipient ? ids?.[recipient.identifier] : undefined;
    const recipientAttention: CreateAttention | undefined = recipient
      ? {
          subOrganization: {
            root: FUNCTIONAL_ADDRESS_ROOT,
            extension: recipient.identifier,
            ...(recipient.functionName ? { label: cut(recipient.functionName, 256) } : {}),
          },
          ...(persons.length > 0 ? { attentionPerson: persons.map((p) => ({ ...p })) } : {}),
          ...(theirReferences.length > 0 ? { referenceId: theirReferences.map((r) => ({ ...r })) } : {}),
        }
      : undefined;
    // Members left out rather than sent empty, so the rules report "required", not a type fault.
    const attributes = {
      ...(messageIds ? { messageId: messageIds.messageId, conversationId: messageIds.conversationId } : {}),
      ...(values.thread ? { refToMessageId: values.thread.refToMessageId } : {}),
      label: values.label,
      ...(values.confidentiality === null ? {} : { confidentiality: values.confidentiality }),
      sender: sender.participantIdentifier,
      ...(recipient ? { recipient: recipient.participantIdentifier } : {}),
      senderAttention: structuredClone(senderAttention),
      ...(recipientAttention ? { recipientAttention } : {}),
      digitalDocument: [structuredClone(document)],
    };
    // The rules exist to catch exactly these gaps; the type only describes a complete request.
    return { data: { type: 'messages', attributes } } as CreateMessageRequest;
  };

  const messages: BuiltMessage[] =
    values.recipients.length > 0
      ? values.recipients.map((recipient) => ({ recipient, request: requestFor(recipient) }))
      : [{ recipient: null, request: requestFor(null) }];
  return { messages, formIssues, context: { referenceKeys } };
}

function referenceProblemMessage(problem: ReferenceProblem): Omit<FormIssue, 'field'> {
  switch (problem.code) {
    case 'personal-id':
      return problem.problem === 'wrong-kind'
        ? { key: `errors.reference.wrongKind.${problem.actualKind ?? 'personnummer'}` }
        : { key: `errors.reference.personalId.${problem.problem}` };
    case 'required':
      return { key: 'errors.reference.required' };
    case 'too-long':
      return { key: 'errors.reference.tooLong', params: { max: problem.max } };
    case 'label-too-long':
      return { key: 'errors.reference.labelTooLong', params: { max: problem.max } };
  }
}

/** Everything wrong with the form now: own checks first, then the domain rules per message. */
export function checkForm(build: BuildResult, rules: MessageRuleOptions): FormIssue[] {
  const ruleIssues = build.messages.flatMap(({ request }) =>
    validateCreateMessage(request, rules)
      // A send list may repeat the same fault once per message.
      .map((v) => issueOfViolation(v, build.context)),
  );
  return uniqueIssues([...build.formIssues, ...ruleIssues]);
}

/**
 * The ids of each message, made once: ids already stored for a recipient are kept (a retry or
 * a reload must send the very same messageId); new recipients get new ones. A reply or a
 * complement stays in its conversation; otherwise one shared conversation id or one each.
 */
export function ensureSendIds(
  values: ComposeValues,
  stored: Readonly<Record<string, SendIds>>,
  sharedConversationId: string | undefined,
): { ids: Record<string, SendIds>; sharedConversationId: string | undefined } {
  let shared = sharedConversationId;
  const ids: Record<string, SendIds> = {};
  for (const recipient of values.recipients) {
    const existing = stored[recipient.identifier];
    if (existing) {
      ids[recipient.identifier] = existing;
      continue;
    }
    const messageId = newUuid();
    let conversationId: string;
    if (values.thread) conversationId = values.thread.conversationId;
    else if (values.conversationMode === 'shared') conversationId = shared ??= newUuid();
    else conversationId = newUuid();
    ids[recipient.identifier] = { messageId, conversationId };
  }
  return { ids, sharedConversationId: shared };
}
