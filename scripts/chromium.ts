// Headless Chromium for the review-page tests and scripts: Debian's chromium (`apt-get install
// chromium`; .ci/run installs it) driven by playwright-core. Chromium's own background traffic is
// switched off: this network is closed and those connections would only fail. Playwright gives
// each launch a fresh profile directory (its own --user-data-dir).

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
