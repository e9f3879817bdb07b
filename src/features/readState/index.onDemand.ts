/**
 * The readState feature's entry for pages loaded on demand (the message page). Separate from
 * index.ts, which the inbox bundle imports: a bundler puts every module a barrel re-exports in
 * the chunk of whoever imports the barrel (docs/architecture.md).
 */
export { ReadToggleButton } from './ReadToggleButton';
export { useMarkReadOnOpen } from './useMarkReadOnOpen';
