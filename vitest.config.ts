import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure TypeScript, in parallel threads) and `gpu` (WGSL through Dawn and SwiftShader in
 * Node, in forked processes because dawn.node is a native addon; the setup file makes Dawn `navigator.gpu`).
 * GPU tests are never skipped: a missing adapter fails them. The e2e specs (e2e/) run under Playwright, not here.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'app/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'train/**/*.test.ts'],
          // The dependency-rules fixture is cruised by scripts/dependency-rules.test.ts, never run.
          exclude: ['**/*.gpu.test.ts', 'node_modules/**', 'scripts/dependency-rules-fixture/**'],
          environment: 'node',
          // Several tests start the `atenea` command as a process (about a second of start-up each on two cores).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'gpu',
          include: ['core/**/*.gpu.test.ts', 'shaders/**/*.gpu.test.ts', 'app/**/*.gpu.test.ts'],
          pool: 'forks',
          setupFiles: ['app/node/testing/dawn-setup.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 120_000,
          env: {
            VK_ICD_FILENAMES: process.env.VK_ICD_FILENAMES ?? '/usr/lib/chromium/vk_swiftshader_icd.json',
            XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR ?? '/tmp',
          },
        },
      },
    ],
  },
});
