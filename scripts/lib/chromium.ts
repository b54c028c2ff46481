import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; browsers are never downloaded on these machines. */
export const CHROMIUM = '/usr/bin/chromium';

// The background/component/sync switches keep Chromium's own phoning home (refused on this
// network, and noise in the timings) out of every run.
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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
