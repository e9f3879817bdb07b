import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';
import { APP_ORIGIN } from './scripts/ports.ts';

/**
 * End-to-end tests drive Debian's Chromium (/usr/bin/chromium): browser downloads are
 * impossible on these machines. The web server is the whole local world — IdP, message-service
 * simulator and the built app (vite preview) — started by scripts/demo.ts --preview.
 * The simulator's clock runs fast (MT_SIM_SPEED) so delivery statuses move within seconds.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: APP_ORIGIN,
    trace: 'retain-on-failure',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'node_modules/.bin/tsx scripts/demo.ts --preview',
    url: `${APP_ORIGIN}/config.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { MT_SIM_SPEED: '30' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
