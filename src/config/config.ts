/** Public face of the runtime configuration: import from here. */
export {
  appConfigSchema,
  DEFAULT_CLAIMS,
  DEFAULT_MAX_MESSAGE_BYTES,
  DEFAULT_RECEIPT_WARNING_MINUTES,
  ENVIRONMENTS,
  MIN_POLL_INTERVAL_SECONDS,
  PDF_MIME_TYPE,
  type AppConfig,
  type Environment,
} from './configSchema';
export type { ConfigFieldError } from './configErrors';
export { parseConfig, type ParseConfigResult } from './parseConfig';
export { configUrl, loadConfig, type ConfigProblem, type LoadConfigResult } from './loadConfig';
export { demoConfig } from './demoConfig';
