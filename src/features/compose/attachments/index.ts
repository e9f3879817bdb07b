/**
 * Attachments in the composer: picking (drop, dialog, paste), checking (real type from the
 * bytes, empty files, allowed types, the message's size budget) and base64 encoding in a Web
 * Worker.
 *
 * Contract with the composer (as agreed):
 *   DraftAttachment, MessageBudget, AttachmentPicker({ attachments, onChange, budget }),
 *   encodedBytesWithFiles(request, attachments, placeholderLength), encodeAttachments(attachments, onProgress, signal).
 * Additions: DraftAttachment.contentType (the type it is sent as, once checked),
 *   attachmentContentType(), EncodingProgress, prewarmEncoder(),
 *   encodeAttachments(…, options?) with { output: 'text' } to force the base64 string.
 *
 * NOTE on `content` (signature unchanged, meaning refined): in the browser, encodeAttachments
 * returns for each file a short stand-in string for a Blob that holds the base64 text (made in
 * the worker, never on the page's heap). useSendMessages turns it into the real request body.
 * Pass the requests to useSendMessages().send() as they are; anything else that needs the text
 * calls contentText(content). Stand-ins are freed when that send ends (encode again for the
 * next send) and at sign-out. Without a Worker (tests) content is the base64 text itself.
 */
export { AttachmentPicker, type AttachmentPickerProps } from './AttachmentPicker';
export { EncodingProgress } from './EncodingProgress';
export { encodedBytesWithFiles, contentFileBytes } from './budget';
export { encodeAttachments, encodeFiles, prewarmEncoder, type EncodeOptions } from './encodeAttachments';
export { contentText, isDeferredContent } from './encodedContent';
export { attachmentContentType, type DraftAttachment, type EncodedAttachment, type MessageBudget } from './types';
