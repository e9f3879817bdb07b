/** A byte count as people read it: "812 byte", "14,2 kB", "3,1 MB" (formatByteSize). */
import { useTranslation } from 'react-i18next';
import { formatByteSize } from '../../i18n/format';

export function FileSize({ bytes }: { bytes: number | undefined }) {
  const { t, i18n } = useTranslation('reader');
  if (bytes === undefined || !Number.isFinite(bytes)) return <>{t('message.sizeUnknown')}</>;
  return <>{formatByteSize(bytes, i18n.language)}</>;
}
