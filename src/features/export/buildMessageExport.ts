/**
 * Turns an opened message into the XML file to download. Loaded only when the user asks for
 * an export (dynamic import), so neither this nor the XML code is in the inbox bundle.
 */
import { toMessageXml } from '../../sdk/xml/toMessageXml';
import type { MessageXmlData, MessageXmlOptions } from '../../sdk/xml/types';
import type { DigitalDocument } from '../../sdk/model';
import type { OpenedMessage } from '../../sdk/openedMessage';
import { blobToBase64 } from './blobToBase64';
import { exportFileName } from './exportFileName';

export interface MessageExportFile {
  fileName: string;
  blob: Blob;
}

/**
 * The message back in the API's shapes, attachments re-encoded to base64. Files are encoded one
 * after the other so that at most one file's base64 is being produced at a time. A file the
 * reader could not decode gets empty content, which toMessageXml refuses by name.
 */
export async function openedMessageToXmlData(message: OpenedMessage): Promise<MessageXmlData> {
  const digitalDocument: DigitalDocument[] = [];
  for (const doc of message.documents) {
    const contentFiles = [];
    for (const file of doc.files) {
      contentFiles.push({ fileName: file.fileName, contentType: file.contentType, content: file.blob ? await blobToBase64(file.blob) : '' });
    }
    digitalDocument.push({
      documentId: doc.documentId,
      ...(doc.documentName !== undefined ? { documentName: doc.documentName } : {}),
      ...(doc.index !== undefined ? { index: doc.index } : {}),
      contentTextBody: doc.texts,
      contentFiles,
    });
  }
  return { ...message.attributes, digitalDocument };
}

/** Throws MessageXmlExportError (with the problems) when the message cannot be written. */
export async function buildMessageExport(message: OpenedMessage, options: MessageXmlOptions): Promise<MessageExportFile> {
  const xml = toMessageXml(await openedMessageToXmlData(message), options);
  return {
    fileName: exportFileName(message.attributes.label, message.attributes.messageId || message.id),
    blob: new Blob([xml], { type: 'application/xml;charset=utf-8' }),
  };
}
