/**
 * The composer page (paths.compose): a new message, a reply (?svar=), a complement
 * (?komplettera=) or a saved draft (?utkast=), all in the one ComposeForm.
 *
 * A new composer gets a draft id at once but stores nothing until the first change; then the
 * URL becomes ?utkast=<id> (replace), so a reload or a re-sign-in comes back to the same draft.
 * The form is keyed by the draft id, so that URL change does not remount it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/SessionContext';
import { paths, composeIntentFrom, type ComposeIntent } from '../../routes/paths';
import { newUuid } from '../../sdk/ids';
import { NotYourMailbox } from '../mailboxes';
import { useActiveMailbox } from '../mailboxes';
import { useFunctionAddressDirectory } from '../mailboxes';
import { ReplyGuard } from '../handling';
import { useOpenedMessage } from '../../api/endpoints/message';
import './compose.css';
import { ComposeForm } from './ComposeForm';
import { useDraftStore, type Draft } from './drafts/draftStore';
import { dropInvalidDrafts } from './drafts/draftSchema';
import { emptyValues, type ComposeValues } from './model/composeValues';
import { prefillFrom } from './model/prefill';
import { LoadError } from '../../ui/LoadError';

// Once, before a draft is opened: the stored entries that do not parse in full are dropped
// (start-up checks only what the drafts link's count needs).
dropInvalidDrafts();

export function ComposePage() {
  const active = useActiveMailbox();
  const location = useLocation();
  const intent = composeIntentFrom(location.search);
  if (active.status !== 'active') {
    return <NotYourMailbox requested={active.status === 'foreign' ? active.requested : ''} fallback={active.mailboxes[0]} />;
  }
  return <Composer mailbox={active.mailbox} intent={intent} />;
}

function intentKey(intent: ComposeIntent): string {
  switch (intent.kind) {
    case 'new':
      return 'new';
    case 'draft':
      return `draft:${intent.draftId}`;
    default:
      return `${intent.kind}:${intent.messageId}`;
  }
}

function Composer({ mailbox, intent }: { mailbox: string; intent: ComposeIntent }) {
  const navigate = useNavigate();
  // The id a new composer's draft gets when it is first saved; a new one for every new intent.
  const [fresh, setFresh] = useState(() => ({ forIntent: intentKey(intent), draftId: newUuid() }));
  if (intent.kind !== 'draft' && intentKey(intent) !== fresh.forIntent) {
    setFresh({ forIntent: intentKey(intent), draftId: newUuid() });
  }
  const draftId = intent.kind === 'draft' ? intent.draftId : fresh.draftId;
  const onDraftCreated = (id: string) => {
    void navigate(paths.compose(mailbox, { kind: 'draft', draftId: id }), { replace: true });
  };
  // Same element type and key before and after the URL gains ?utkast=: the form stays mounted.
  return <ComposeSource key={draftId} mailbox={mailbox} draftId={draftId} intent={intent} onDraftCreated={onDraftCreated} />;
}

interface ComposeSourceProps {
  mailbox: string;
  draftId: string;
  intent: ComposeIntent;
  onDraftCreated(id: string): void;
}

/** What the form starts from, decided once when it mounts. */
function ComposeSource({ mailbox, draftId, intent, onDraftCreated }: ComposeSourceProps) {
  const [origin] = useState(intent);
  switch (origin.kind) {
    case 'draft':
      return <DraftComposer mailbox={mailbox} draftId={draftId} />;
    case 'reply':
      // Someone else has taken the message: asked first (shared mailboxes).
      return (
        <ReplyGuard mailbox={mailbox} messageId={origin.messageId}>
          <ThreadComposer mailbox={mailbox} kind="reply" messageId={origin.messageId} draftId={draftId} onDraftCreated={onDraftCreated} />
        </ReplyGuard>
      );
    case 'complement':
      return (
        <ThreadComposer mailbox={mailbox} kind={origin.kind} messageId={origin.messageId} draftId={draftId} onDraftCreated={onDraftCreated} />
      );
    default:
      return <ComposeForm draftId={draftId} mailbox={mailbox} initial={emptyValues(mailbox)} onDraftCreated={onDraftCreated} />;
  }
}

function DraftComposer({ mailbox, draftId }: { mailbox: string; draftId: string }) {
  const { t } = useTranslation('compose');
  const { user } = useSession();
  // Read once: the form owns the values from here on (the store only receives its saves).
  const [draft] = useState<Draft | undefined>(() => {
    const found = useDraftStore.getState().drafts[draftId];
    return found && found.owner === user.subject ? found : undefined;
  });
  if (!draft) {
    return (
      <div className="compose-page">
        <h1>{t('page.draftMissingTitle')}</h1>
        <p>{t('page.draftMissing')}</p>
        <p>
          <Link to={paths.drafts(mailbox)}>{t('page.toDrafts')}</Link> · <Link to={paths.compose(mailbox)}>{t('page.newMessage')}</Link>
        </p>
      </div>
    );
  }
  return <ComposeForm draftId={draftId} mailbox={mailbox} initial={draft.values} resumed={draft} onDraftCreated={() => undefined} />;
}

interface ThreadComposerProps {
  mailbox: string;
  kind: 'reply' | 'complement';
  messageId: string;
  draftId: string;
  onDraftCreated(id: string): void;
}

function ThreadComposer({ mailbox, kind, messageId, draftId, onDraftCreated }: ThreadComposerProps) {
  const { t } = useTranslation('compose');
  const { user } = useSession();
  const directory = useFunctionAddressDirectory();
  const { message, isPending, isError, isNotFound, refetch } = useOpenedMessage(messageId);
  const [prefilled, setPrefilled] = useState<{ values: ComposeValues; originalConfidentiality: boolean } | null>(null);

  if (isPending || (directory.isPending && !prefilled)) {
    return (
      <div className="compose-page">
        <h1>{t(`page.title.${kind}`)}</h1>
        <output>{t('page.loadingOriginal')}</output>
      </div>
    );
  }
  if (isError || !message) {
    return (
      <div className="compose-page">
        <h1>{t(`page.title.${kind}`)}</h1>
        <LoadError
          message={isNotFound ? t('page.originalNotFound') : t('page.originalError')}
          retryLabel={isNotFound ? undefined : t('page.retry')}
          onRetry={() => void refetch()}
        />
      </div>
    );
  }

  let start = prefilled;
  if (!start) {
    const result = prefillFrom(
      kind,
      message,
      user.functionAddresses,
      {
        functionName: (id) => (directory.has(id) ? directory.labelOf(id) : undefined),
        organizationName: (participant) => directory.organizationNameOf(participant),
      },
      t(`page.labelPrefix.${kind}`),
    );
    if (!result.ok) {
      return (
        <div className="compose-page">
          <h1>{t(`page.title.${kind}`)}</h1>
          <div className="notice notice--error" role="alert">
            <p>{t(`page.cannotPrefill.${result.reason}`)}</p>
            <p>
              <Link to={paths.message(mailbox, messageId)}>{t('page.backToMessage')}</Link>
            </p>
          </div>
        </div>
      );
    }
    start = { values: result.values, originalConfidentiality: result.originalConfidentiality };
    // Keep the first prefill: later address-book or message refetches must not reset the form.
    setPrefilled(start);
  }
  return (
    <ComposeForm
      draftId={draftId}
      mailbox={mailbox}
      initial={start.values}
      originalConfidentiality={start.originalConfidentiality}
      onDraftCreated={onDraftCreated}
    />
  );
}
