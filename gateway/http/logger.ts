/**
 * JSON lines on stdout, one object per event, filtered by LOG_LEVEL. Callers pass ids, paths,
 * statuses and durations only: never a token, a header value or message content.
 */
import type { LogLevel } from '../config';

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createJsonLogger(level: LogLevel, write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const at = (entryLevel: LogLevel) => (message: string, fields: LogFields = {}) => {
    if (ORDER[entryLevel] < ORDER[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: entryLevel, msg: message, ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** For tests: keeps the entries. */
export function createMemoryLogger(): Logger & { entries: (LogFields & { level: string; msg: string })[] } {
  const entries: (LogFields & { level: string; msg: string })[] = [];
  const at = (level: string) => (msg: string, fields: LogFields = {}) => void entries.push({ level, msg, ...fields });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
