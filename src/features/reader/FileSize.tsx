/** A byte count as people read it: "812 byte", "14,2 kB", "3,1 MB". */
import { useTranslation } from 'react-i18next';
import { decimalFormat } from '../../i18n/format';

export function FileSize({ bytes }: { bytes: number | undefined }) {
  const { t, i18n } = useTranslation('messages');
  if (bytes === undefined || !Number.isFinite(bytes)) return <>{t('message.sizeUnknown')}</>;
  const number = decimalFormat(i18n.language, 1);
  if (bytes < 1024) return <>{t('message.bytes', { count: bytes })}</>;
  if (bytes < 1024 * 1024) return <>{t('message.kilobytes', { value: number.format(bytes / 1024) })}</>;
  return <>{t('message.megabytes', { value: number.format(bytes / (1024 * 1024)) })}</>;
}
