/** The readState feature's entry: what other features and pages may use (docs/architecture.md). */
export { ReadToggle } from './ReadToggle';
export { useReadState } from './useReadState';
