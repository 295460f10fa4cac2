import { rendererQuery } from '../shared/ipc/gpu-mode.ts';
import type { BrowserLookup } from './browser.ts';
import { BUILD_OUTPUTS } from './build.ts';
import { CHROMIUM_DEV_NOTE, NO_SANDBOX_NOTE, chromiumArgs } from './chromium-flags.ts';
import { ELECTRON_INSTALL_HINT } from './electron-binary.ts';
import type { StartOptions } from './start-args.ts';

/** Exit status of `npm start` when neither Electron nor a browser is available. */
export const EXIT_NO_BROWSER = 3;

/** The part of a child process the launcher uses. */
export interface ChildLike {
  once(event: 'exit', listener: (code: number | null, signal: NodeJS.Signals | null) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  kill(signal?: NodeJS.Signals): boolean;
}

/** A running loopback server, as the launcher sees it. */
export interface RunningServer {
  /** The page's base URL, e.g. `http://127.0.0.1:4173/`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Everything {@link runStart} touches outside itself, injected so tests decide what exists. */
export interface LaunchDeps {
  /** The repository root (Electron starts with it: its package.json `main` is out/main/index.js). */
  readonly root: string;
  /** The environment passed to children. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Prints one line for the user (stderr). */
  log(line: string): void;
  /** Electron's executable when present ({@link findElectronBinary}). */
  findElectron(): string | undefined;
  /** A Chromium or Chrome executable ({@link findBrowser}). */
  findBrowser(): BrowserLookup;
  /** True when a GPU render node exists (/dev/dri/renderD*). */
  hasGpuDevice(): boolean;
  /** True when running as root. */
  readonly isRoot: boolean;
  /** `process.platform`: on Linux a window needs DISPLAY or WAYLAND_DISPLAY. */
  readonly platform: string;
  /** Builds out/ when the given outputs are missing or stale; false when the build failed. */
  buildIfNeeded(outputs: readonly string[]): Promise<boolean>;
  /** Starts a child process. */
  spawn(command: string, args: readonly string[], options: { env: Record<string, string | undefined>; verbose: boolean }): ChildLike;
  /** Starts the loopback server for out/renderer. */
  startServer(): Promise<RunningServer>;
  /** Creates a fresh temporary browser profile folder. */
  makeProfileDir(): string;
  /** Removes a folder and everything in it. */
  removeDir(path: string): void;
  /** Registers what to do on Ctrl-C / SIGTERM. */
  onStopSignal(handler: () => void): void;
}

/** Which host `npm start` uses (see {@link chooseHost}). */
export type HostChoice =
  | { readonly kind: 'electron'; readonly executable: string }
  | { readonly kind: 'chromium'; readonly executable: string; readonly electronMissing: boolean }
  | { readonly kind: 'none'; readonly message: string };

/** Electron when its binary is present (and `--chromium` was not given), else an installed browser, else nothing. */
export function chooseHost(options: Pick<StartOptions, 'chromium'>, electron: string | undefined, browser: () => BrowserLookup): HostChoice {
  if (electron !== undefined && !options.chromium) return { kind: 'electron', executable: electron };
  const found = browser();
  if (!found.ok) return { kind: 'none', message: found.error };
  return { kind: 'chromium', executable: found.path, electronMissing: electron === undefined };
}

/** The arguments `npm start` forwards to Electron main: the repository root, then `--e2e`, `--dev` and `--gpu=` if given. */
export function electronArgs(root: string, options: StartOptions): string[] {
  return [root, ...(options.e2e ? ['--e2e'] : []), ...(options.dev ? ['--dev'] : []), ...(options.gpuGiven ? [`--gpu=${options.gpu}`] : [])];
}

function waitForExit(child: ChildLike): Promise<number> {
  return new Promise((done) => {
    child.once('error', () => done(1));
    child.once('exit', (code, signal) => done(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1)));
  });
}

/**
 * `npm start`: builds if needed, then runs Electron when its binary exists; otherwise says so in one line and
 * opens the renderer in an installed Chromium/Chrome in app mode with a fresh temporary profile, served by the
 * loopback server; when the browser closes, the server stops and the profile is removed. Resolves with the exit
 * status (0, 1 on a build or start failure, {@link EXIT_NO_BROWSER} when there is nothing to open it with).
 */
export async function runStart(options: StartOptions, deps: LaunchDeps): Promise<number> {
  const choice = chooseHost(options, deps.findElectron(), () => deps.findBrowser());
  if (choice.kind === 'none') {
    deps.log(choice.message);
    return EXIT_NO_BROWSER;
  }
  if (deps.platform === 'linux' && !deps.env['DISPLAY'] && !deps.env['WAYLAND_DISPLAY']) {
    deps.log('No display to open a window on: set DISPLAY (e.g. Xvfb :99 & then DISPLAY=:99 npm start), or use npm run web and any browser.');
    return 1;
  }
  const childEnv: Record<string, string | undefined> = { ...deps.env };
  delete childEnv['ELECTRON_RUN_AS_NODE'];

  if (choice.kind === 'electron') {
    if (!(await deps.buildIfNeeded([BUILD_OUTPUTS.main, BUILD_OUTPUTS.preload, BUILD_OUTPUTS.renderer]))) return 1;
    const child = deps.spawn(choice.executable, electronArgs(deps.root, options), { env: childEnv, verbose: true });
    deps.onStopSignal(() => child.kill('SIGTERM'));
    return waitForExit(child);
  }

  deps.log(
    choice.electronMissing
      ? `Electron's binary is missing, so Atenea opens in ${choice.executable} instead (${ELECTRON_INSTALL_HINT}).`
      : `Opening Atenea in ${choice.executable} (--chromium).`,
  );
  if (!(await deps.buildIfNeeded([BUILD_OUTPUTS.renderer]))) return 1;
  const server = await deps.startServer();
  const profileDir = deps.makeProfileDir();
  const url = `${server.url}${rendererQuery(options)}`;
  const args = chromiumArgs({ url, profileDir, gpu: options.gpu, softwareOnly: !deps.hasGpuDevice(), root: deps.isRoot, dev: options.dev });
  if (deps.isRoot) deps.log(NO_SANDBOX_NOTE);
  if (options.dev) deps.log(CHROMIUM_DEV_NOTE);
  const cleanUp = async (): Promise<void> => {
    await server.close();
    deps.removeDir(profileDir);
  };
  let child: ChildLike;
  try {
    child = deps.spawn(choice.executable, args, { env: childEnv, verbose: options.verbose });
  } catch (error) {
    await cleanUp();
    deps.log(`Could not start ${choice.executable}: ${String(error)}`);
    return 1;
  }
  deps.log(`Serving ${url} to the browser; close its window to stop.`);
  deps.onStopSignal(() => child.kill('SIGTERM'));
  const status = await waitForExit(child);
  await cleanUp();
  return status;
}
