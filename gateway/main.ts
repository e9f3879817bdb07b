/**
 * Production start (`npm run serve`): the gateway and the built app (dist/, or STATIC_DIR) from
 * one process, configured only by environment variables (README, "MK gateway"). SIGTERM or
 * SIGINT shut it down gracefully.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, readConfig } from './config';
import { startGateway } from './node/startGateway';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const staticDir = config.staticDir ?? (existsSync('dist/index.html') ? 'dist' : undefined);
  const gateway = await startGateway({ config: { ...config, staticDir: staticDir ? resolve(staticDir) : undefined, dataDir: resolve(config.dataDir) } });
  const stop = () => void gateway.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

void main().catch((error: unknown) => {
  console.error(`MK gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
