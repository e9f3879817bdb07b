/**
 * "Markera som oläst" / "Markera som läst" for one message. On the message page it also says
 * what happened in a status message; in list rows (`compact`) the row itself shows the change.
 *
 *   <ReadToggleButton messageId={id} />                      (message page)
 *   <ReadToggleButton messageId={id} label={row.label} compact tabIndex={-1} />  (list row)
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadState } from './useReadState';

export interface ReadToggleButtonProps {
  messageId: string;
  /** The message's label, read out after the button text so buttons in a list differ. */
  label?: string;
  /** For list rows: no status text, quieter style. */
  compact?: boolean;
  tabIndex?: number;
  className?: string;
}

export function ReadToggleButton({ messageId, label, compact = false, tabIndex, className }: ReadToggleButtonProps) {
  const { t } = useTranslation('readState');
  const { ready, isRead, markRead, markUnread } = useReadState();
  const [changed, setChanged] = useState(false);
  const read = isRead(messageId);
  const button = (
    <button
      type="button"
      className={className ?? (compact ? 'button button--quiet button--small' : 'button button--quiet')}
      disabled={!ready}
      tabIndex={tabIndex}
      onClick={() => {
        if (read) markUnread([messageId]);
        else markRead([messageId]);
        setChanged(true);
      }}
    >
      {read ? t('markUnread') : t('markRead')}
      {label ? <span className="visually-hidden">{t('forMessage', { label })}</span> : null}
    </button>
  );
  if (compact) return button;
  return (
    <span className="read-toggle">
      {button}
      <output className="read-toggle__status">{changed ? (read ? t('markedRead') : t('markedUnread')) : null}</output>
    </span>
  );
}
