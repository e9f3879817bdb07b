/** The connectivity feature's entry: what other features and pages may use (docs/architecture.md). */
export { isOnline, useOnline, waitForOnline } from './online';
