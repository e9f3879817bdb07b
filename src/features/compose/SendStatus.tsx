/**
 * What sending is doing and how it ended: the sending engine's per-message progress (retries
 * with a countdown, waiting for the connection, sent, failed), then the outcome in words.
 */
import { useTranslation } from 'react-i18next';
import { SendProgress } from './sending';
import type { ComposeSend } from './useComposeSend';
import { isolate, isolateEach } from '../../i18n/bidi';

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
                  ? t('send.encodeFailed', { detail: isolate(notice.detail) })
                  : notice.kind === 'partly'
                    ? t('send.partly', { sent: isolateEach(notice.sent, '; '), failed: isolateEach(notice.failed, '; ') })
                    : notice.kind === 'unknown-failure'
                      ? t('send.unknownFailure', { detail: isolate(notice.detail) })
                      : t('send.failed')}
            </p>
          </div>
        ) : null}
      </output>
    </>
  );
}
