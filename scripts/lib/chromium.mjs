// The one place that says which Chromium the tests and scripts launch, and with which flags.
// Playwright's own build is used when it is installed; these machines cannot download it, so
// otherwise Debian's /usr/bin/chromium (`apt-get install chromium`).
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Without these, Chromium keeps trying to reach Google's services on a closed network. */
export const CHROMIUM_ARGS = Object.freeze([
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]);

/**
 * The browser to pass as `executablePath`: undefined when Playwright's managed browser is
 * installed (Playwright then finds it itself), else the system Chromium if there is one, else
 * undefined again, so Playwright reports the missing browser in its own words.
 * @returns {string | undefined}
 */
export function chromiumExecutablePath() {
  try {
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return undefined;
  } catch {
    // No managed browser: fall through to the system one.
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/**
 * The path of the browser that will actually run, for tools that need one spelled out
 * (Lighthouse's CHROME_PATH).
 * @returns {string}
 */
export function chromiumBinary() {
  return chromiumExecutablePath() ?? chromium.executablePath();
}

/**
 * Options for `chromium.launch()` and Playwright's `use.launchOptions`.
 * @returns {{ executablePath: string | undefined, args: string[] }}
 */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumExecutablePath(), args: [...CHROMIUM_ARGS] };
}
