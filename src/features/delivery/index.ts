/** The delivery feature's entry: what other features and pages may use (docs/architecture.md). */
export { DeliveryStatus } from './DeliveryStatus';
