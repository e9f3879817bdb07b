/** The conversation feature's entry: what other features and pages may use (docs/architecture.md). */
export { ConversationPanel } from './ConversationPanel';
export { useConversation } from './useConversation';
