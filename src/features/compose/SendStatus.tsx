/**
 * What sending is doing and how it ended: the sending engine's per-message progress (retries
 * with a countdown, waiting for the connection, sent, failed), then the outcome in words.
 */
import { useTranslation } from 'react-i18next';
import { SendProgress } from './sending';
import type { ComposeSend } from './useComposeSend';

export function SendStatus({ sendState }: { sendState: ComposeSend }) {
  const { t } = useTranslation('compose');
  const { phase, notice, engine } = sendState;
  const showProgress = engine.length > 0 && (phase === 'sending' || notice !== null);
  return (
    <>
      {showProgress ? <SendProgress state={engine} recipients={sendState.recipientOf} onCancel={sendState.cancel} /> : null}
      <output className="send-status">
        {notice ? (
          <div className={notice.kind === 'cancelled' ? 'notice' : 'notice notice--error'}>
            <p>
              {notice.kind === 'cancelled'
                ? t('send.cancelled')
                : notice.kind === 'encode-failed'
                  ? t('send.encodeFailed', { detail: notice.detail })
                  : notice.kind === 'partly'
                    ? t('send.partly', { sent: notice.sent.join('; '), failed: notice.failed.join('; ') })
                    : notice.kind === 'unknown-failure'
                      ? t('send.unknownFailure', { detail: notice.detail })
                      : t('send.failed')}
            </p>
          </div>
        ) : null}
      </output>
    </>
  );
}
