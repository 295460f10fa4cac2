import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created: FakeWindow[] = [];
class FakeWindow extends EventEmitter {
  options: unknown;
  loaded: string | undefined;
  shown = false;
  webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  constructor(options: unknown) {
    super();
    this.options = options;
    created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow, shell: { openExternal: vi.fn() } }));

const { createMainWindow, mainWindowOptions, mainWindowUrl, WINDOW_BACKGROUND } = await import('./windows.ts');

describe('the main window', () => {
  it('is titled Atenea, dark, sensibly sized and hardened', () => {
    const options = mainWindowOptions({ preload: '/out/preload/index.cjs', gpu: 'default', e2e: false });
    expect(options).toMatchObject({ title: 'Atenea', backgroundColor: WINDOW_BACKGROUND, width: 1600, height: 1000, show: false });
    expect(mainWindowOptions({ preload: '/p.cjs', gpu: 'default', e2e: false, icon: '/out/renderer/icon.png' }).icon).toBe('/out/renderer/icon.png');
    expect(options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: '/out/preload/index.cjs',
    });
    expect(options.webPreferences!.additionalArguments).toEqual(['--atenea-gpu=default']);
  });

  it('loads app://atenea/index.html with ?e2e=1 for --e2e and the GPU mode when not default', () => {
    expect(mainWindowUrl({ gpu: 'default', e2e: false })).toBe('app://atenea/index.html');
    expect(mainWindowUrl({ gpu: 'default', e2e: true })).toBe('app://atenea/index.html?e2e=1');
    expect(mainWindowUrl({ gpu: 'cpu', e2e: true })).toBe('app://atenea/index.html?e2e=1&gpu=cpu');
  });

  it('hardens its contents, loads the page and shows when ready', () => {
    createMainWindow({ preload: '/p.cjs', gpu: 'vulkan-x11', e2e: true });
    const window = created.at(-1)!;
    expect(window.loaded).toBe('app://atenea/index.html?e2e=1&gpu=vulkan-x11');
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(window.webContents.listenerCount('will-navigate')).toBe(1);
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });
});
