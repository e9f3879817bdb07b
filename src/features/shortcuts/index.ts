/** The shortcuts feature's entry: what other features and pages may use (docs/architecture.md). */
export { MESSAGE_LIST_ATTRIBUTE, SEARCH_INPUT_ID, hasCommandModifier, isModalOpen, isTypingTarget } from './keyTargets';
export { openShortcutHelp } from './shortcutHelpStore';
