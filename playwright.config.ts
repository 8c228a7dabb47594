import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

const launchOptions = chromiumLaunchOptions();

/**
 * Every run starts its own two servers and never reuses one that already listens.
 *
 * By default each server takes a free port from the system (`serve.mjs … 0`) and prints it;
 * Playwright reads the port from that line (`wait.stdout`, whose named group it stores in
 * process.env as E2E_SITE_PORT / E2E_SUBPATH_PORT), and the workers, started after the servers,
 * inherit it and read the config below with it. So several checkouts can test side by side,
 * and a server some other checkout left on 4321 is never tested by mistake.
 *
 * E2E_PORT fixes the ports instead: E2E_PORT for the site, E2E_PORT + 1 for the sub-path build.
 * If either is taken, the run stops with "already in use" rather than sharing it.
 */
const fixedPort = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : undefined;
const servers = {
  site: { dir: 'dist', base: '/', port: fixedPort, env: 'e2e_site_port' },
  subpath: { dir: 'dist-atlas', base: '/atlas/', port: fixedPort === undefined ? undefined : fixedPort + 1, env: 'e2e_subpath_port' },
} as const;

function baseURL(server: (typeof servers)[keyof typeof servers]): string {
  // In the main process this is read before the servers start, when the port is not known yet;
  // only the workers use it, and by then the variable is set.
  const port = process.env[server.env.toUpperCase()] ?? server.port;
  return `http://127.0.0.1:${port}${server.base}`;
}

function webServer(server: (typeof servers)[keyof typeof servers]) {
  return {
    command: `node scripts/serve.mjs ${server.dir} ${server.port ?? 0} ${server.base}`,
    wait: { stdout: new RegExp(`Serving .* at http://127\\.0\\.0\\.1:(?<${server.env}>\\d+)/`) },
    reuseExistingServer: false,
    timeout: 30_000,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Every test may run in any worker, so the per-page quality gates spread over all of them
  // instead of filling one worker for most of the run.
  fullyParallel: true,
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
      use: { ...devices['Desktop Chrome'], baseURL: baseURL(servers.site), launchOptions },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: baseURL(servers.subpath), launchOptions },
    },
  ],
  webServer: [webServer(servers.site), webServer(servers.subpath)],
});
