import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ ipcRenderer: { invoke: vi.fn(), on: vi.fn(), off: vi.fn() } }));

const { createHostApi, gpuModeFromPreloadArgv } = await import('./host-api-impl.ts');

function fakeIpc() {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => true as unknown),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => void listeners.set(channel, listener)),
    off: vi.fn((channel: string) => void listeners.delete(channel)),
  };
}

describe('the preload host API', () => {
  it('reads the GPU mode main passed in additionalArguments', () => {
    expect(gpuModeFromPreloadArgv(['electron', '--atenea-gpu=vulkan-x11'])).toBe('vulkan-x11');
    expect(gpuModeFromPreloadArgv(['electron', '--atenea-gpu=metal'])).toBe('default');
    expect(gpuModeFromPreloadArgv([])).toBe('default');
    const api = createHostApi(['--atenea-gpu=cpu'], fakeIpc() as never);
    expect(api.kind).toBe('electron');
    expect(api.gpuMode).toBe('cpu');
  });

  it('invokes gpu:relaunch with a checked mode only', async () => {
    const ipc = fakeIpc();
    const api = createHostApi([], ipc as never);
    await api.relaunchWithGpu('vulkan-x11');
    expect(ipc.invoke).toHaveBeenCalledWith('gpu:relaunch', 'vulkan-x11');
    await expect(api.relaunchWithGpu('metal' as never)).rejects.toThrow(/Unknown GPU mode/);
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
  });

  it('passes only known menu commands, without the IPC event, and unsubscribes', () => {
    const ipc = fakeIpc();
    const api = createHostApi([], ipc as never);
    const listener = vi.fn();
    const off = api.onMenuCommand(listener);
    const deliver = ipc.listeners.get('menu:command')!;
    deliver({ sender: 'ipcRenderer' }, 'reset-camera');
    deliver({ sender: 'ipcRenderer' }, 'format-disk');
    expect(listener.mock.calls).toEqual([['reset-camera']]);
    off();
    expect(ipc.listeners.has('menu:command')).toBe(false);
  });

  it('asks main to open a link and reports the answer', async () => {
    const ipc = fakeIpc();
    const api = createHostApi([], ipc as never);
    expect(await api.openExternal('https://distill.pub/2016/augmented-rnns/')).toBe(true);
    expect(ipc.invoke).toHaveBeenCalledWith('shell:open-external', 'https://distill.pub/2016/augmented-rnns/');
    expect(await api.openExternal(42 as never)).toBe(false);
  });

  it('reports the UI language to main for the menu, and refuses an unknown one before IPC', async () => {
    const ipc = fakeIpc();
    const api = createHostApi([], ipc as never);
    await api.setMenuLanguage('en');
    expect(ipc.invoke).toHaveBeenCalledWith('menu:language', 'en');
    await expect(api.setMenuLanguage('fr' as never)).rejects.toThrow("Unknown language 'fr'");
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
  });

  it('asks main to open a file with no path, and passes only a well-formed answer', async () => {
    const ipc = fakeIpc();
    const api = createHostApi([], ipc as never);
    const answer = { ok: true, name: 'clase.json', text: '{}', kind: 'lesson' };
    ipc.invoke.mockResolvedValueOnce(answer);
    expect(await api.openFile()).toEqual(answer);
    expect(ipc.invoke).toHaveBeenCalledWith('file:open');
    ipc.invoke.mockResolvedValueOnce(null);
    expect(await api.openFile()).toBeNull();
    ipc.invoke.mockResolvedValueOnce({ ok: true, name: 'x.json', path: '/etc/passwd' });
    await expect(api.openFile()).rejects.toThrow(/unexpected/);
  });
});
