import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

const launchOptions = chromiumLaunchOptions();

// Ports can be moved with E2E_PORT so several checkouts can run their tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4321);
const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'site',
      testIgnore: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT}/`, launchOptions },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${SUBPATH_PORT}/atlas/`, launchOptions },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${PORT} /`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs dist-atlas ${SUBPATH_PORT} /atlas/`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/atlas/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
