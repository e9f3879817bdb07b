/**
 * "Exportera som XML (SDK-meddelande)": saves the opened message as an SDK message document
 * (validates against Digg's XSD) for filing in a case or records system (diarium).
 *
 * The XML code is loaded on click (dynamic import), never with the inbox. Attachments are
 * re-encoded to base64 by the browser (FileReader); the XML itself is assembled on the main
 * thread, which for a message near the 30 MB limit means a string of about 40 MB for a moment.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageXmlIssue } from '../../sdk/xml/types';
import { useFunctionAddressDirectory } from '../mailboxes';
import type { OpenedMessage } from '../../sdk/openedMessage';
import { downloadFile } from '../attachments';
import { isolate } from '../../i18n/bidi';
import './export.css';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; issues: readonly MessageXmlIssue[] | null };

/** MessageXmlExportError, recognised without importing the XML code up front. */
function issuesOf(error: unknown): readonly MessageXmlIssue[] | null {
  if (error instanceof Error && error.name === 'MessageXmlExportError' && 'issues' in error && Array.isArray(error.issues)) {
    return error.issues as MessageXmlIssue[];
  }
  return null;
}

export function ExportMessageButton({ message }: { message: OpenedMessage }) {
  const { t } = useTranslation('export');
  const directory = useFunctionAddressDirectory();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const hintId = useId();

  const working = state.kind === 'working';

  const exportXml = async () => {
    // aria-disabled rather than disabled while working, so keyboard focus stays on the button.
    if (working) return;
    setState({ kind: 'working' });
    try {
      const { buildMessageExport } = await import('./buildMessageExport');
      const file = await buildMessageExport(message, {
        organizationName: (id) => directory.organizationNameOf(id),
        functionAddressName: (id) => (directory.has(id) ? directory.labelOf(id) : undefined),
      });
      downloadFile(file.blob, file.fileName);
      setState({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ kind: 'failed', issues: issuesOf(error) });
    }
  };

  return (
    <div className="export-message">
      <button
        type="button"
        className="button"
        onClick={() => void exportXml()}
        aria-describedby={hintId}
        aria-disabled={working || undefined}
      >
        {working ? t('working') : t('button')}
      </button>
      <p id={hintId} className="export-message__hint">
        {t('hint')}
        {message.attributes.confidentiality === true ? ` ${t('confidentialHint')}` : ''}
      </p>
      <output className="export-message__status" aria-live="polite">
        {state.kind === 'done' ? t('done', { fileName: isolate(state.fileName) }) : ''}
      </output>
      {state.kind === 'failed' ? <ExportFailure issues={state.issues} /> : null}
    </div>
  );
}

function ExportFailure({ issues }: { issues: readonly MessageXmlIssue[] | null }) {
  const { t } = useTranslation('export');
  if (!issues || issues.length === 0) {
    return (
      <p role="alert" className="notice notice--error">
        {t('failedUnexpected')}
      </p>
    );
  }
  return (
    <div role="alert" className="notice notice--error">
      <p>
        {t('failed')} {t('issuesIntro')}
      </p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${i}-${issue.path}`}>
            {issue.code === 'missing' && issue.path.endsWith('/content') ? t('issue.unreadableFile') : t(`issue.${issue.code}`)}
            {issue.subject ? ` – ${t('issueSubject', { subject: isolate(issue.subject) })}` : ''} <small>({t('issueWhere', { path: issue.path })})</small>
          </li>
        ))}
      </ul>
    </div>
  );
}
