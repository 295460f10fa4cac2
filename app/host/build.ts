import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The repository root (this file lives in app/host/). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** What the build of `npm run build` produces, relative to the repository root. */
export const BUILD_OUTPUTS = {
  renderer: 'out/renderer/index.html',
  main: 'out/main/index.js',
  preload: 'out/preload/index.cjs',
} as const;

/** The sources whose changes make out/ stale, relative to the repository root (tests excluded while walking). */
export const BUILD_SOURCES: readonly string[] = ['app/renderer', 'app/shared', 'app/main', 'app/preload', 'app/host', 'core', 'shaders', 'electron.config.ts'];

const IGNORED_NAME = /\.(test|gpu\.test|spec)\.ts$/;

/** The newest modification time (ms) of the files at or under `path`, skipping tests and node_modules; -∞ if none. */
export function newestMtime(path: string): number {
  let info;
  try {
    info = statSync(path);
  } catch {
    return Number.NEGATIVE_INFINITY;
  }
  if (!info.isDirectory()) return IGNORED_NAME.test(path) ? Number.NEGATIVE_INFINITY : info.mtimeMs;
  let newest = Number.NEGATIVE_INFINITY;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * True when any of `outputs` is missing or older than the newest of `sources` (all relative to `root`): then
 * `npm run web` and `npm start` build before serving, so nobody looks at a renderer older than the code.
 */
export function isBuildStale(root: string, outputs: readonly string[], sources: readonly string[] = BUILD_SOURCES): boolean {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const output of outputs) {
    try {
      oldestOutput = Math.min(oldestOutput, statSync(join(root, output)).mtimeMs);
    } catch {
      return true;
    }
  }
  const newestSource = Math.max(...sources.map((source) => newestMtime(join(root, source))));
  return newestSource > oldestOutput;
}

/** The JavaScript entry of the electron-vite command line in this repository's node_modules. */
export function electronViteBin(root: string = REPO_ROOT): string {
  const require = createRequire(join(root, 'package.json'));
  const pkgPath = require.resolve('electron-vite/package.json');
  const pkg = require(pkgPath) as { bin: Record<string, string> };
  return join(dirname(pkgPath), pkg.bin['electron-vite']!);
}

/**
 * Runs `electron-vite build -c electron.config.ts` (what `npm run build` runs) in `root`, its output on stderr so
 * stdout keeps only what the caller prints. Resolves with the exit status.
 */
export function runBuild(root: string = REPO_ROOT): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [electronViteBin(root), 'build', '-c', 'electron.config.ts'], {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
    });
    child.on('error', () => done(1));
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Builds when {@link isBuildStale} says so; resolves with true when out/ is usable afterwards. */
export async function buildIfNeeded(outputs: readonly string[], log: (line: string) => void, root: string = REPO_ROOT): Promise<boolean> {
  if (!isBuildStale(root, outputs)) return true;
  log('Building the app into out/ (electron-vite build)…');
  const status = await runBuild(root);
  if (status !== 0) {
    log(`The build failed (exit status ${status}); see the messages above.`);
    return false;
  }
  return true;
}
