/** The attachments feature's entry: what other features and pages may use (docs/architecture.md). */
export { AttachmentList } from './AttachmentList';
export { downloadFile } from './downloadFile';
