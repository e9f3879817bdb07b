/**
 * The attachments (contentFiles) of one document: name, type and size. Preview and download
 * come in a later issue; add them as a column/actions here.
 */
import { useTranslation } from 'react-i18next';
import type { ContentFile } from '../../sdk/model';
import { decodedSize } from './messageContent';

export function AttachmentList({ files, caption }: { files: readonly ContentFile[]; caption: string }) {
  const { t } = useTranslation('messages');
  if (files.length === 0) return null;
  return (
    <table className="attachment-list">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('message.attachmentColumns.name')}</th>
          <th scope="col">{t('message.attachmentColumns.type')}</th>
          <th scope="col">{t('message.attachmentColumns.size')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file, i) => (
          <tr key={`${i}-${file.fileName}`}>
            <th scope="row">{typeof file.fileName === 'string' && file.fileName ? file.fileName : '–'}</th>
            <td>{typeof file.contentType === 'string' && file.contentType ? file.contentType : '–'}</td>
            <td>
              <FileSize bytes={decodedSize(file.content)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FileSize({ bytes }: { bytes: number | undefined }) {
  const { t, i18n } = useTranslation('messages');
  if (bytes === undefined) return <>{t('message.sizeUnknown')}</>;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 });
  if (bytes < 1024) return <>{t('message.bytes', { count: bytes })}</>;
  if (bytes < 1024 * 1024) return <>{t('message.kilobytes', { value: number.format(bytes / 1024) })}</>;
  return <>{t('message.megabytes', { value: number.format(bytes / (1024 * 1024)) })}</>;
}
