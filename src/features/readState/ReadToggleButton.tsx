/**
 * "Markera som oläst" / "Markera som läst" for one message on the message page, with a status
 * message saying what happened. (List rows use ReadToggle directly: the row itself shows the
 * change.)
 *
 *   <ReadToggleButton messageId={id} />
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadToggle } from './ReadToggle';
import { useReadState } from './useReadState';

export interface ReadToggleButtonProps {
  messageId: string;
  className?: string;
}

export function ReadToggleButton({ messageId, className }: ReadToggleButtonProps) {
  const { t } = useTranslation(['readState']);
  const { ready, isRead, markRead, markUnread } = useReadState();
  const [changed, setChanged] = useState(false);
  const read = isRead(messageId);
  return (
    <span className="read-toggle">
      <ReadToggle
        read={read}
        ready={ready}
        className={className ?? 'button button--quiet'}
        t={t}
        onToggle={() => {
          if (read) markUnread([messageId]);
          else markRead([messageId]);
          setChanged(true);
        }}
      />
      <output className="read-toggle__status">{changed ? (read ? t('markedRead') : t('markedUnread')) : null}</output>
    </span>
  );
}
