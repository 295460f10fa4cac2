/**
 * `npm start`: Electron when its binary is present, else the Chromium host (see {@link runStart}).
 * Exit status: 0 closed normally, 1 build/start failure, 2 bad arguments, 3 nothing to open the app with.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findBrowser } from './browser.ts';
import { PROFILE_PREFERENCES } from './chromium-flags.ts';
import { BUILD_OUTPUTS, REPO_ROOT, buildIfNeeded } from './build.ts';
import { findElectronBinary } from './electron-binary.ts';
import { runStart, type ChildLike } from './launch.ts';
import { parsePort } from './port.ts';
import { START_USAGE, parseStartArgs } from './start-args.ts';
import { ListenError, closeServer, createStaticServer, listenLoopback } from './static-server.ts';

const parsed = parseStartArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.error);
  process.exit(2);
}
if (parsed.value.help) {
  console.log(START_USAGE);
  process.exit(0);
}
// The Chromium host takes any free port unless PORT is set.
const port = process.env['PORT'] ? parsePort(process.env['PORT']) : ({ ok: true, value: 0 } as const);
if (!port.ok) {
  console.error(port.error);
  process.exit(2);
}

const log = (line: string): void => console.error(line);
const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const status = await runStart(parsed.value, {
  root: REPO_ROOT,
  env: process.env,
  log,
  platform: process.platform,
  isRoot: process.getuid?.() === 0,
  findElectron: () => {
    try {
      const electronDir = dirname(createRequire(join(REPO_ROOT, 'package.json')).resolve('electron/package.json'));
      return findElectronBinary(electronDir, process.env, { existsSync, readFileSync });
    } catch {
      return undefined;
    }
  },
  findBrowser: () => findBrowser(process.env, isExecutable),
  hasGpuDevice: () => {
    try {
      return readdirSync('/dev/dri').some((name) => name.startsWith('renderD'));
    } catch {
      return false;
    }
  },
  buildIfNeeded: (outputs) => buildIfNeeded(outputs, log),
  spawn: (command, args, options): ChildLike => {
    const child = spawn(command, args, {
      env: options.env,
      stdio: ['ignore', options.verbose ? 'inherit' : 'ignore', options.verbose ? 'inherit' : 'pipe'],
    });
    // Hidden browser output is kept short and shown only if the browser fails.
    let tail = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (tail = (tail + chunk).slice(-4000)));
    child.once('exit', (code) => {
      if (code !== 0 && code !== null && tail !== '') log(`${command} exited with status ${code}; its last messages:\n${tail.trimEnd()}`);
    });
    return child;
  },
  startServer: async () => {
    const server = createStaticServer({ root: join(REPO_ROOT, dirname(BUILD_OUTPUTS.renderer)) });
    let bound: number;
    try {
      bound = await listenLoopback(server, port.value);
    } catch (error) {
      log(error instanceof ListenError ? error.message : String(error));
      process.exit(1);
    }
    return { url: `http://127.0.0.1:${bound}/`, close: () => closeServer(server) };
  },
  makeProfileDir: () => {
    const dir = mkdtempSync(join(tmpdir(), 'atenea-chromium-'));
    mkdirSync(join(dir, 'Default'));
    writeFileSync(join(dir, 'Default', 'Preferences'), PROFILE_PREFERENCES);
    return dir;
  },
  removeDir: (path) => rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }),
  onStopSignal: (handler) => {
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
  },
});
process.exit(status);
