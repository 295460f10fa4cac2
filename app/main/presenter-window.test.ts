import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const created: FakeWindow[] = [];
class FakeWindow extends EventEmitter {
  loaded: string | undefined;
  destroyed = false;
  focused = 0;
  webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
  constructor(public options: Record<string, unknown>) {
    super();
    created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  focus(): void {
    this.focused++;
  }
}
vi.mock('electron', () => ({ BrowserWindow: FakeWindow, shell: { openExternal: vi.fn() } }));

const { createPresenterOpener, placeWindows, presenterWindowUrl } = await import('./presenter-window.ts');

const laptop = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } };
const projector = { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };
const audience = () => ({ setBounds: vi.fn(), setFullScreen: vi.fn() });
const parts = (displays: (typeof laptop)[], a: ReturnType<typeof audience>) => () => ({
  preload: '/p.cjs',
  gpu: 'default' as const,
  e2e: true,
  displays,
  primaryId: 1,
  audience: a,
});

describe('the presenter window', () => {
  it('goes on the primary display, the audience on another one when there is one', () => {
    expect(placeWindows([laptop, projector], 1)).toEqual({ presenter: laptop, projector });
    expect(placeWindows([projector, laptop], 1)).toEqual({ presenter: laptop, projector });
    expect(placeWindows([laptop], 1)).toEqual({ presenter: laptop, projector: null });
    expect(placeWindows([], 1)).toEqual({ presenter: null, projector: null });
  });

  it('loads the presenter page of the same app:// origin, hardened, with the lesson and the language', () => {
    expect(presenterWindowUrl('augmented-rnns', 'en', false)).toBe('app://atenea/index.html?presenter=1&lesson=augmented-rnns&lang=en');
    const a = audience();
    expect(createPresenterOpener(parts([laptop], a))('augmented-rnns', 'es')).toBe(true);
    const w = created.at(-1)!;
    expect(w.loaded).toBe('app://atenea/index.html?presenter=1&lesson=augmented-rnns&lang=es&e2e=1');
    expect(w.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(w.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(a.setFullScreen).not.toHaveBeenCalled(); // one display: the audience window stays as it is
  });

  it('with a projector, puts the audience window full screen there and the presenter on the laptop', () => {
    const a = audience();
    createPresenterOpener(parts([laptop, projector], a))('augmented-rnns', 'en');
    const w = created.at(-1)!;
    expect(w.options).toMatchObject({ x: 40, y: 40 });
    expect(a.setBounds).toHaveBeenCalledWith(projector.workArea);
    expect(a.setFullScreen).toHaveBeenCalledWith(true);
  });

  it('focuses the open one instead of opening a second, and opens anew once it was closed', () => {
    const open = createPresenterOpener(parts([laptop], audience()));
    open('augmented-rnns', 'en');
    const count = created.length;
    open('augmented-rnns', 'en');
    expect(created.length).toBe(count);
    expect(created.at(-1)!.focused).toBe(1);
    created.at(-1)!.emit('closed');
    open('augmented-rnns', 'en');
    expect(created.length).toBe(count + 1);
  });
});
