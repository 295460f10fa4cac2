import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the `electron` module that records what main does, in order. */
function fakeElectron(userData: string) {
  const log: string[] = [];
  const menus: { label?: string; submenu?: { label?: string }[] }[][] = [];
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setName: (name: string) => log.push(`setName ${name}`),
    getPath: () => userData,
    getLocale: () => 'es-ES',
    commandLine: { appendSwitch: (name: string, value?: string) => log.push(`switch ${name}${value === undefined ? '' : `=${value}`}`) },
    requestSingleInstanceLock: () => true,
    whenReady: () => whenReady,
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn((options: unknown) => log.push(`relaunch ${JSON.stringify(options)}`)),
  });
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    static getFocusedWindow = () => BrowserWindow.all[0] ?? null;
    static fromWebContents = (contents: unknown) => BrowserWindow.all.find((w) => w.webContents === contents) ?? null;
    webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn(), send: vi.fn() });
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      super();
      BrowserWindow.all.push(this);
      log.push('window');
    }
    loadURL(url: string) {
      log.push(`load ${url}`);
      return Promise.resolve();
    }
    show() {}
  }
  const session = {
    defaultSession: { setPermissionRequestHandler: () => log.push('deny permissions'), setPermissionCheckHandler: () => {} },
  };
  const electron = {
    app,
    BrowserWindow,
    session,
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => (ipcHandlers.set(channel, handler), log.push(`ipc ${channel}`)),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => log.push(`privileged ${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string) => log.push(`handle ${scheme}`),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: (typeof menus)[number]) => (menus.push(menu), log.push('menu')),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })) },
    shell: { openExternal: vi.fn(async () => {}) },
  };
  return { electron, log, ipcHandlers, ready, BrowserWindow, menus };
}

let userData: string;
let fake: ReturnType<typeof fakeElectron>;
const argv = process.argv;

async function startMain(args: string[]) {
  process.argv = ['/electron', '/repo', ...args];
  vi.resetModules();
  vi.doMock('electron', () => fake.electron);
  await import('./index.ts');
  fake.ready();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'atenea-userdata-'));
  fake = fakeElectron(userData);
});
afterEach(() => {
  process.argv = argv;
  vi.doUnmock('electron');
  rmSync(userData, { recursive: true, force: true });
});

describe('Electron main wiring', () => {
  it('registers the scheme before ready, then serves, denies permissions and opens one window', async () => {
    await startMain([]);
    const { log } = fake;
    expect(log.filter((line) => line.startsWith('switch'))).toEqual([]);
    expect(log.indexOf('privileged app')).toBeGreaterThan(-1);
    expect(log.indexOf('privileged app')).toBeLessThan(log.indexOf('handle app'));
    expect(log).toContain('ipc gpu:relaunch');
    expect(log).toContain('ipc shell:open-external');
    expect(log.indexOf('deny permissions')).toBeLessThan(log.indexOf('window'));
    expect(log).toContain('load app://atenea/index.html');
    expect(fake.BrowserWindow.all[0]!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
  });

  it('applies --gpu=vulkan-x11 switches and loads ?e2e=1 for --e2e', async () => {
    await startMain(['--e2e', '--gpu=vulkan-x11']);
    expect(fake.log.filter((line) => line.startsWith('switch'))).toEqual([
      'switch enable-unsafe-webgpu',
      'switch ozone-platform=x11',
      'switch use-angle=vulkan',
      'switch enable-features=Vulkan,VulkanFromANGLE',
    ]);
    expect(fake.log).toContain('load app://atenea/index.html?e2e=1&gpu=vulkan-x11');
  });

  it('uses the remembered choice, and gpu:relaunch from the window stores a new one and relaunches', async () => {
    writeFileSync(join(userData, 'gpu.json'), '{"gpu":"cpu"}');
    await startMain([]);
    expect(fake.log).toContain('load app://atenea/index.html?gpu=cpu');
    const window = fake.BrowserWindow.all[0]!;
    const handler = fake.ipcHandlers.get('gpu:relaunch')!;
    await handler({ sender: window.webContents, senderFrame: { url: 'app://atenea/index.html', parent: null } }, 'vulkan-x11');
    expect(JSON.parse(readFileSync(join(userData, 'gpu.json'), 'utf8'))).toEqual({ gpu: 'vulkan-x11' });
    expect(fake.log.at(-1)).toBe('relaunch {"args":["/repo","--gpu=vulkan-x11"]}');
    expect(fake.electron.app.exit).toHaveBeenCalledWith(0);
  });

  it('builds the menu in the system language, then rebuilds it in the language the page reports over menu:language', async () => {
    await startMain([]);
    const labels = () => fake.menus.at(-1)!.map((item) => item.label);
    expect(labels()).toEqual(expect.arrayContaining(['Archivo', 'Ver', 'Reproducción', 'Ayuda']));
    const window = fake.BrowserWindow.all[0]!;
    const from = { sender: window.webContents, senderFrame: { url: 'app://atenea/index.html', parent: null } };
    const handler = fake.ipcHandlers.get('menu:language')!;
    await handler(from, 'en');
    expect(labels()).toEqual(expect.arrayContaining(['File', 'View', 'Playback', 'Help']));
    const count = fake.menus.length;
    await expect(handler(from, 'fr')).rejects.toThrow("menu:language: the language must be 'es' or 'en'");
    await expect(handler({ sender: {}, senderFrame: from.senderFrame }, 'es')).rejects.toThrow('refused');
    expect(fake.menus.length).toBe(count);
  });

  it('file:open shows main’s open dialog on the window and answers the file it read and validated; other senders are refused', async () => {
    await startMain([]);
    const window = fake.BrowserWindow.all[0]!;
    const from = { sender: window.webContents, senderFrame: { url: 'app://atenea/index.html', parent: null } };
    const handler = fake.ipcHandlers.get('file:open')!;
    const path = join(userData, 'clase.json');
    writeFileSync(path, JSON.stringify({ kind: 'lesson', id: 'clase', title: 'Clase', slides: [{ kind: 'title', title: 'Hola' }] }));
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await handler(from)).toMatchObject({ ok: true, name: 'clase.json', kind: 'lesson' });
    expect(fake.electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openFile'] }));
    expect(await handler(from)).toBeNull(); // cancelled
    await expect(handler(from, path)).rejects.toThrow('file:open: takes no arguments');
    await expect(handler({ sender: {}, senderFrame: from.senderFrame })).rejects.toThrow('refused');
    await expect(handler({ sender: window.webContents, senderFrame: { url: 'https://example.com/', parent: null } })).rejects.toThrow('refused');
    expect(fake.electron.dialog.showOpenDialog).toHaveBeenCalledTimes(2);
  });

  it('hardens every WebContents the app creates', async () => {
    await startMain([]);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    fake.electron.app.emit('web-contents-created', {}, contents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('shows reload and DevTools in the menu only with --dev, not merely because the app is unpackaged', async () => {
    const roles = (menu: unknown) => JSON.stringify(menu).match(/"role":"\w+"/g) ?? [];
    await startMain([]);
    expect(roles(fake.menus[0])).not.toContain('"role":"toggleDevTools"');
    expect(roles(fake.menus[0])).not.toContain('"role":"reload"');
    fake = fakeElectron(userData);
    await startMain(['--dev']);
    expect(roles(fake.menus[0])).toContain('"role":"toggleDevTools"');
    expect(roles(fake.menus[0])).toContain('"role":"reload"');
  });

  it('discards open exports when the window closes and before quitting', async () => {
    await startMain([]);
    expect(fake.BrowserWindow.all[0]!.listenerCount('close')).toBe(1);
    expect(fake.electron.app.listenerCount('before-quit')).toBe(1);
  });
});
