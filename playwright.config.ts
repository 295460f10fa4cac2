import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findElectronBinary } from '#app/host/electron-binary.ts';

/**
 * End-to-end tests, as a lecturer would use the app, against two hosts through one fixture (e2e/fixtures.ts):
 * - `web`: the renderer served by `npm run web` in the installed Chromium (`/usr/bin/chromium`, never a
 *   downloaded one) with the SwiftShader flags that give a WebGPU adapter and working canvas capture;
 * - `electron`: the same specs in the Electron app (`out/main/index.js --e2e`).
 * The electron project is only listed where Electron's binary exists: on machines without it (the build
 * machines: it is downloaded on first use, which fails offline) the project is left out here, in the config,
 * so the run neither fails nor reports skipped tests. `E2E_PROJECTS=web` restricts the run further.
 */
const root = import.meta.dirname;
const port = Number(process.env.PORT ?? 4173);
const electronBinary = findElectronBinary(resolve(root, 'node_modules/electron'), process.env, { existsSync, readFileSync });

const projects = [
  { name: 'web', use: { baseURL: `http://127.0.0.1:${port}` } },
  ...(electronBinary ? [{ name: 'electron', use: { baseURL: `http://127.0.0.1:${port}` } }] : []),
];

export default defineConfig({
  testDir: './e2e',
  // e2e/screenshots/ takes a picture of every preset for a person to look at (minutes on SwiftShader): `npm run
  // screenshots`, not `npm test`.
  testIgnore: process.env.ATENEA_SCREENSHOTS ? [] : ['**/screenshots/**'],
  outputDir: './test-results',
  // SwiftShader renders on the CPU, and the machine's cores are shared: one worker, generous timeouts.
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  retries: 0,
  use: { viewport: { width: 1920, height: 1080 }, trace: 'off', screenshot: 'off' },
  projects: process.env.E2E_PROJECTS ? projects.filter((p) => process.env.E2E_PROJECTS!.split(',').includes(p.name)) : projects,
  webServer: {
    command: 'npm run web',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: true,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
