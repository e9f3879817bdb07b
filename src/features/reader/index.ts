/** The reader feature's entry: what other features and pages may use (docs/architecture.md). */
export { MessageActions } from './MessageActions';
export { MessageContent } from './MessageContent';
export { MessageHeader } from './MessageHeader';
export { MessageNotes } from './MessageNotes';
export { contentNotes } from './contentNotes';
