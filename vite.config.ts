/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { PORTS } from './scripts/ports.ts';

// The app always calls its API under /api on its own origin, as it would behind an MK gateway
// (docs/decisions/0003-api-contract.md). In development and preview, Vite forwards /api to the
// MK gateway (npm start runs it in front of the message-service simulator).
const apiProxy = {
  '/api': {
    target: `http://127.0.0.1:${PORTS.gateway}`,
    changeOrigin: false,
  },
};

export default defineConfig({
  plugins: [react()],
  server: { host: 'localhost', port: PORTS.app, strictPort: true, proxy: apiProxy },
  preview: { host: 'localhost', port: PORTS.app, strictPort: true, proxy: apiProxy },
  build: {
    sourcemap: true,
    // The start-up CSS (every stylesheet the inbox imports statically) as one file. Without this,
    // Rolldown splits it by which lazy chunks share it, and a dynamic import() inside the lazily
    // loaded demo chunk (mocks/, PGlite) was enough to split it into more files (ADR 0012).
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app-styles', test: /\.css$/, tags: ['$initial'] }] } } },
  },
  // The in-browser demo's gateway database (mocks/inProcessGateway): PGlite loads its own
  // WebAssembly and data files relative to its module, which dependency pre-bundling would break.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'gateway/**/*.test.ts'],
    restoreMocks: true,
    testTimeout: 15000,
    // Same policy as Playwright: on CI a test gets one more try, so a machine that stalls for a
    // moment cannot stop a landing; the reporter still names every retried test (see README).
    retry: process.env.CI ? 1 : 0,
    reporters: ['default', './scripts/test/retryReporter.ts'],
  },
});
