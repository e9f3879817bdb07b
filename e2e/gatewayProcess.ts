/**
 * E2e fixture: the demo MK gateway as a process of its own (scripts/gatewayDemo.ts) on a free
 * port with a data folder the test chooses, in front of the e2e world's IdP and simulator, so a
 * test can stop and start only the gateway.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface GatewayProcess {
  /** e.g. http://127.0.0.1:43121 (the API is under /api). */
  url: string;
  /** SIGTERM and wait for the graceful shutdown to finish (database closed). */
  stop(): Promise<void>;
}

/** `env` adds or overrides variables of the gateway's environment (the bench: DATABASE_URL, LOG_LEVEL). */
export async function startGatewayProcess(dataDir: string, env: Record<string, string> = {}): Promise<GatewayProcess> {
  const child: ChildProcess = spawn('node_modules/.bin/tsx', ['scripts/gatewayDemo.ts', '--port=0'], {
    env: { ...process.env, GATEWAY_DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error('The gateway process did not start within 60 s')), 60_000);
    lines.on('line', (line) => {
      if (!line.startsWith('{"listening"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { listening: string }).listening);
    });
    void exited.then((code) => reject(new Error(`The gateway process exited (${code}) before listening`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      const code = await exited;
      if (code !== 0) throw new Error(`The gateway process ended with ${code}`);
    },
  };
}
