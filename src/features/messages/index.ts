/** The messages feature's entry: what other features and pages may use (docs/architecture.md). */
export { MailboxViewTabs } from './MailboxViewTabs';
export { MessageList } from './MessageList';
export { HandlingFilter } from './list/HandlingFilter';
export { ListToolbar } from './list/ListToolbar';
export { hasAnyFilter, readListFilters, serverDateFilter } from './list/listFilters';
export { filterItems, sortItems, toListItems } from './list/listItems';
export { useDocumentTitle } from './list/useDocumentTitle';
export { useListFilters } from './list/useListFilters';
export { useMessageFacts } from './list/useMessageFacts';
