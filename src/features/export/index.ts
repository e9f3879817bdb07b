/** The export feature's entry: what other features and pages may use (docs/architecture.md). */
export { ExportMessageButton } from './ExportMessageButton';
