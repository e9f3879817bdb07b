/**
 * The attachments of one document as a table: name, claimed type, decoded size. Used by the
 * print view, and by the message page until the attachments feature's list (with preview and
 * download) takes over there.
 */
import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '../../sdk/openedMessage';
import { DataTable } from '../../ui/DataTable';
import { FileSize } from './FileSize';

export function FileTable({ files, caption }: { files: readonly OpenedFile[]; caption: string }) {
  const { t } = useTranslation('reader');
  if (files.length === 0) return null;
  return (
    <DataTable
      className="attachment-list"
      caption={caption}
      columns={[t('message.attachmentColumns.name'), t('message.attachmentColumns.type'), t('message.attachmentColumns.size')]}
      rows={files}
      rowKey={(file) => file.key}
      renderCells={(file) => (
        <>
          <th scope="row">{file.fileName || '–'}</th>
          <td>{file.contentType || '–'}</td>
          <td>
            {file.problem === 'empty' ? t('files.empty') : file.problem === 'not-base64' ? t('files.notBase64') : <FileSize bytes={file.size} />}
          </td>
        </>
      )}
    />
  );
}
