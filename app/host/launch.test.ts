import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EXIT_NO_BROWSER, chooseHost, electronArgs, runStart, type ChildLike, type LaunchDeps } from './launch.ts';
import { parseStartArgs, type StartOptions } from './start-args.ts';
import { CHROMIUM_DEV_NOTE, NO_SANDBOX_NOTE } from './chromium-flags.ts';

class FakeChild extends EventEmitter implements ChildLike {
  killed: NodeJS.Signals | undefined;
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.killed = signal;
    queueMicrotask(() => this.emit('exit', null, signal));
    return true;
  }
}

interface Recorded {
  deps: LaunchDeps;
  lines: string[];
  spawned: { command: string; args: readonly string[]; env: Record<string, string | undefined> }[];
  builds: (readonly string[])[];
  removed: string[];
  events: string[];
  child: FakeChild;
  stop: () => void;
}

function fake(overrides: Partial<LaunchDeps> = {}): Recorded {
  const r: Recorded = {
    lines: [],
    spawned: [],
    builds: [],
    removed: [],
    events: [],
    child: new FakeChild(),
    stop: () => {},
    deps: undefined as never,
  };
  r.deps = {
    root: '/repo',
    env: { DISPLAY: ':99', ELECTRON_RUN_AS_NODE: '1', HOME: '/home/u' },
    log: (line) => r.lines.push(line),
    findElectron: () => undefined,
    findBrowser: () => ({ ok: true, path: '/usr/bin/chromium' }),
    hasGpuDevice: () => false,
    isRoot: false,
    platform: 'linux',
    buildIfNeeded: async (outputs) => {
      r.builds.push(outputs);
      return true;
    },
    spawn: (command, args, options) => {
      r.spawned.push({ command, args, env: options.env });
      r.events.push('spawn');
      queueMicrotask(() => r.child.emit('exit', 0, null));
      return r.child;
    },
    startServer: async () => {
      r.events.push('server-start');
      return { url: 'http://127.0.0.1:4173/', close: async () => void r.events.push('server-close') };
    },
    makeProfileDir: () => '/tmp/atenea-chromium-1',
    removeDir: (path) => {
      r.removed.push(path);
      r.events.push('profile-removed');
    },
    onStopSignal: (handler) => {
      r.stop = handler;
    },
    ...overrides,
  };
  return r;
}

function options(argv: string[] = []): StartOptions {
  const parsed = parseStartArgs(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('chooseHost', () => {
  const chromium = () => ({ ok: true as const, path: '/usr/bin/chromium' });
  it('picks Electron when its binary exists', () => {
    expect(chooseHost({ chromium: false }, '/e/electron', chromium)).toEqual({ kind: 'electron', executable: '/e/electron' });
  });
  it('picks the browser when Electron is missing, or when --chromium asks for it', () => {
    expect(chooseHost({ chromium: false }, undefined, chromium)).toEqual({
      kind: 'chromium',
      executable: '/usr/bin/chromium',
      electronMissing: true,
    });
    expect(chooseHost({ chromium: true }, '/e/electron', chromium)).toEqual({
      kind: 'chromium',
      executable: '/usr/bin/chromium',
      electronMissing: false,
    });
  });
  it('gives the install message when there is neither', () => {
    expect(chooseHost({ chromium: false }, undefined, () => ({ ok: false, error: 'install chromium' }))).toEqual({
      kind: 'none',
      message: 'install chromium',
    });
  });
});

describe('runStart', () => {
  it('starts Electron with the repository root and forwards --e2e and --gpu', async () => {
    const r = fake({ findElectron: () => '/repo/node_modules/electron/dist/electron' });
    expect(await runStart(options(['--e2e', '--gpu=vulkan-x11']), r.deps)).toBe(0);
    expect(r.spawned).toHaveLength(1);
    expect(r.spawned[0]!.command).toBe('/repo/node_modules/electron/dist/electron');
    expect(r.spawned[0]!.args).toEqual(['/repo', '--e2e', '--gpu=vulkan-x11']);
    expect(r.spawned[0]!.env['ELECTRON_RUN_AS_NODE']).toBeUndefined();
    expect(r.builds).toEqual([['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']]);
    expect(r.events).not.toContain('server-start');
    expect(r.lines).toEqual([]);
  });

  it('forwards --dev to Electron (reload and DevTools in its menu), and only when given', async () => {
    const r = fake({ findElectron: () => '/repo/node_modules/electron/dist/electron' });
    expect(await runStart(options(['--dev']), r.deps)).toBe(0);
    expect(r.spawned[0]!.args).toEqual(['/repo', '--dev']);
    expect(electronArgs('/repo', options(['--e2e', '--dev', '--gpu=cpu']))).toEqual(['/repo', '--e2e', '--dev', '--gpu=cpu']);
    expect(electronArgs('/repo', options(['--e2e']))).not.toContain('--dev');
  });

  it('with --dev the Chromium host opens DevTools beside the page and says so in one line; without it, neither', async () => {
    const dev = fake();
    expect(await runStart(options(['--dev']), dev.deps)).toBe(0);
    expect(dev.spawned[0]!.args).toContain('--auto-open-devtools-for-tabs');
    expect(dev.spawned[0]!.args.at(-1)).toBe('--app=http://127.0.0.1:4173/');
    expect(dev.lines.filter((l) => l.includes('DevTools'))).toEqual([CHROMIUM_DEV_NOTE]);
    const plain = fake();
    await runStart(options(), plain.deps);
    expect(plain.spawned[0]!.args).not.toContain('--auto-open-devtools-for-tabs');
    expect(plain.lines.some((l) => l.includes('DevTools'))).toBe(false);
  });

  it('does not forward a --gpu the user did not give (Electron may remember one)', () => {
    expect(electronArgs('/repo', options())).toEqual(['/repo']);
  });

  it('falls back to Chromium in app mode with one line, serves, then cleans up when the window closes', async () => {
    const r = fake();
    expect(await runStart(options(['--e2e']), r.deps)).toBe(0);
    expect(r.lines[0]).toBe(
      "Electron's binary is missing, so Atenea opens in /usr/bin/chromium instead (with internet access, fetch it with: node node_modules/electron/install.js).",
    );
    expect(r.lines.filter((l) => l.includes('install.js'))).toHaveLength(1);
    expect(r.builds).toEqual([['out/renderer/index.html']]);
    const { command, args } = r.spawned[0]!;
    expect(command).toBe('/usr/bin/chromium');
    expect(args.at(-1)).toBe('--app=http://127.0.0.1:4173/?e2e=1');
    expect(args).toContain('--user-data-dir=/tmp/atenea-chromium-1');
    expect(args).toContain('--use-webgpu-adapter=swiftshader');
    expect(r.events).toEqual(['server-start', 'spawn', 'server-close', 'profile-removed']);
    expect(r.removed).toEqual(['/tmp/atenea-chromium-1']);
  });

  it('keeps the sandbox on without a GPU for a normal user, and as root switches it off with one line', async () => {
    const user = fake();
    await runStart(options([]), user.deps);
    expect(user.spawned[0]!.args).not.toContain('--no-sandbox');
    expect(user.lines.some((l) => l.includes('sandbox'))).toBe(false);
    const root = fake({ isRoot: true });
    await runStart(options([]), root.deps);
    expect(root.spawned[0]!.args).toContain('--no-sandbox');
    expect(root.lines.filter((l) => l.includes('--no-sandbox'))).toEqual([NO_SANDBOX_NOTE]);
  });

  it('passes a non-default GPU mode to the page and uses the Vulkan switches on a real GPU', async () => {
    const r = fake({ hasGpuDevice: () => true });
    await runStart(options(['--gpu=vulkan-x11']), r.deps);
    const args = r.spawned[0]!.args;
    expect(args.at(-1)).toBe('--app=http://127.0.0.1:4173/?gpu=vulkan-x11');
    expect(args).toContain('--use-angle=vulkan');
    expect(args).toContain('--ozone-platform=x11');
    expect(args).not.toContain('--use-webgpu-adapter=swiftshader');
  });

  it('stops the browser on Ctrl-C and still cleans up', async () => {
    const r = fake({
      spawn: (command, args, o) => {
        r.spawned.push({ command, args, env: o.env });
        return r.child; // never exits by itself
      },
    });
    const done = runStart(options(), r.deps);
    await new Promise((resolve) => setTimeout(resolve, 0));
    r.stop();
    expect(await done).toBe(0);
    expect(r.child.killed).toBe('SIGTERM');
    expect(r.removed).toEqual(['/tmp/atenea-chromium-1']);
  });

  it('exits 3 with what to install when there is no Electron and no browser', async () => {
    const r = fake({ findBrowser: () => ({ ok: false, error: 'Install Chromium (Debian/Ubuntu: apt install chromium).' }) });
    expect(await runStart(options(), r.deps)).toBe(EXIT_NO_BROWSER);
    expect(r.lines).toEqual(['Install Chromium (Debian/Ubuntu: apt install chromium).']);
    expect(r.spawned).toEqual([]);
    expect(r.builds).toEqual([]);
  });

  it('exits 1 without starting anything when the build fails', async () => {
    const r = fake({ buildIfNeeded: async () => false });
    expect(await runStart(options(), r.deps)).toBe(1);
    expect(r.spawned).toEqual([]);
    expect(r.events).not.toContain('server-start');
  });

  it('says there is no display on Linux without DISPLAY or WAYLAND_DISPLAY', async () => {
    const r = fake();
    const deps = { ...r.deps, env: {} };
    expect(await runStart(options(), deps)).toBe(1);
    expect(r.lines[0]).toMatch(/^No display/);
    expect(r.spawned).toEqual([]);
  });

  it('cleans up and reports when the browser cannot be spawned', async () => {
    const r = fake({
      spawn: () => {
        throw new Error('EACCES');
      },
    });
    expect(await runStart(options(), r.deps)).toBe(1);
    expect(r.events).toEqual(['server-start', 'server-close', 'profile-removed']);
  });
});
