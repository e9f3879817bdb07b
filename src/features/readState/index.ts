/** The readState feature's entry: what other features and pages may use (docs/architecture.md). */
export { ReadToggle } from './ReadToggle';
export { ReadToggleButton } from './ReadToggleButton';
export { useMarkReadOnOpen } from './useMarkReadOnOpen';
export { useReadState } from './useReadState';
