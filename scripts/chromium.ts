/**
 * Debian's Chromium (browser downloads are impossible on these machines) and the flags it needs
 * here: headless as root, and no background connections (the closed network refuses them).
 * Used by the end-to-end tests and the benchmark.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
