import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

const { IPC_CHANNELS } = await import('../shared/ipc/channels.ts');
const { createIpcHandlers, isTrustedSender, registerIpcHandlers } = await import('./ipc.ts');

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

const appWindow = { id: 1 };
const trustedContents = { id: 'trusted' };
const strangerContents = { id: 'stranger' };
const fromWebContents = (contents: unknown) => (contents === trustedContents ? appWindow : null) as never;
const mainFrame = (url: string) => ({ url, parent: null });

function setup() {
  const actions = { rememberGpuMode: vi.fn(), relaunch: vi.fn(), openExternal: vi.fn(async () => {}), setMenuLanguage: vi.fn() };
  const listeners = new Map<string, Listener>();
  registerIpcHandlers(
    { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
    createIpcHandlers(actions),
    fromWebContents,
  );
  const invoke = (channel: string, event: unknown, ...args: unknown[]) => listeners.get(channel)!(event, ...args);
  return { actions, listeners, invoke };
}

const trusted = { sender: trustedContents, senderFrame: mainFrame('app://atenea/index.html?e2e=1') };

describe('registerIpcHandlers', () => {
  it('registers every channel of the registry', () => {
    expect([...setup().listeners.keys()].sort()).toEqual(
      [
        IPC_CHANNELS.gpuRelaunch,
        IPC_CHANNELS.openExternal,
        IPC_CHANNELS.menuLanguage,
        IPC_CHANNELS.saveBegin,
        IPC_CHANNELS.saveWrite,
        IPC_CHANNELS.saveFinish,
        IPC_CHANNELS.saveAbort,
        IPC_CHANNELS.presenterOpen,
        IPC_CHANNELS.fileOpen,
      ].sort(),
    );
  });

  it('rebuilds the menu for a valid menu:language, and refuses any other value', async () => {
    const { actions, invoke } = setup();
    await invoke(IPC_CHANNELS.menuLanguage, trusted, 'en');
    expect(actions.setMenuLanguage).toHaveBeenCalledWith('en');
    for (const bad of [['fr'], [], ['es', 'en'], [{}]]) await expect(invoke(IPC_CHANNELS.menuLanguage, trusted, ...bad)).rejects.toThrow(/menu:language/);
    // A value is described, not stringified: an array 100,000 deep overflowed the stack; a long string stays short.
    let deep: unknown = 'es';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    await expect(invoke(IPC_CHANNELS.menuLanguage, trusted, deep)).rejects.toThrow("the language must be 'es' or 'en' (got an array of length 1).");
    await expect(invoke(IPC_CHANNELS.gpuRelaunch, trusted, deep)).rejects.toThrow(/--gpu must be one of .*\(got 'an array of length 1'\)/);
    await expect(invoke(IPC_CHANNELS.menuLanguage, trusted, `x\n${'y'.repeat(1 << 20)}`)).rejects.toThrow(/\(got "x\\nyyy[y]*…"\)\.$/);
    expect(actions.setMenuLanguage).toHaveBeenCalledTimes(1);
  });

  it('remembers the mode and relaunches for a valid gpu:relaunch from the app window', async () => {
    const { actions, invoke } = setup();
    await invoke(IPC_CHANNELS.gpuRelaunch, trusted, 'vulkan-x11');
    expect(actions.rememberGpuMode).toHaveBeenCalledWith('vulkan-x11');
    expect(actions.relaunch).toHaveBeenCalledWith('vulkan-x11');
  });

  it.each([
    ['a WebContents that is no app window', { sender: strangerContents, senderFrame: mainFrame('app://atenea/index.html') }],
    ['a page on another origin', { sender: trustedContents, senderFrame: mainFrame('https://evil.example/') }],
    ['a page served over http', { sender: trustedContents, senderFrame: mainFrame('http://127.0.0.1:4173/') }],
    ['a subframe', { sender: trustedContents, senderFrame: { url: 'app://atenea/index.html', parent: {} } }],
    ['a missing frame', { sender: trustedContents, senderFrame: null }],
  ])('rejects %s and does nothing', async (_name, event) => {
    const { actions, invoke } = setup();
    await expect(invoke(IPC_CHANNELS.gpuRelaunch, event, 'vulkan-x11')).rejects.toThrow(/sender is not an Atenea window/);
    await expect(invoke(IPC_CHANNELS.openExternal, event, 'https://distill.pub/2016/augmented-rnns/')).rejects.toThrow(/refused/);
    expect(actions.relaunch).not.toHaveBeenCalled();
    expect(actions.rememberGpuMode).not.toHaveBeenCalled();
    expect(actions.openExternal).not.toHaveBeenCalled();
  });

  it.each([[['metal']], [[]], [['cpu', 'extra']], [[{ toString: (): string => 'cpu' }]], [[null]]])('validates gpu:relaunch arguments %j', async (args) => {
    const { actions, invoke } = setup();
    await expect(invoke(IPC_CHANNELS.gpuRelaunch, trusted, ...args)).rejects.toThrow(/gpu:relaunch: /);
    expect(actions.relaunch).not.toHaveBeenCalled();
  });

  it('opens only allow-listed links', async () => {
    const { actions, invoke } = setup();
    expect(await invoke(IPC_CHANNELS.openExternal, trusted, 'https://arxiv.org/abs/1410.5401')).toBe(true);
    expect(actions.openExternal).toHaveBeenCalledWith('https://arxiv.org/abs/1410.5401');
    await expect(invoke(IPC_CHANNELS.openExternal, trusted, 'https://evil.example/')).rejects.toThrow(/not on the list/);
    await expect(invoke(IPC_CHANNELS.openExternal, trusted, 42)).rejects.toThrow(/not on the list/);
    expect(actions.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('isTrustedSender', () => {
  it('needs an app window and an app:// main frame', () => {
    expect(isTrustedSender(trusted as never, fromWebContents)).toBe(true);
    expect(isTrustedSender({ sender: trustedContents, senderFrame: mainFrame('app://atenea.evil/x') } as never, fromWebContents)).toBe(false);
  });
});

describe('presenter:open', () => {
  it('opens the presenter for a valid lesson id and language, and refuses anything else naming the field', async () => {
    const openPresenter = vi.fn(() => true);
    const listeners = new Map<string, Listener>();
    registerIpcHandlers(
      { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) } as never,
      createIpcHandlers({
        rememberGpuMode: vi.fn(),
        relaunch: vi.fn(),
        openExternal: vi.fn(async () => {}),
        setMenuLanguage: vi.fn(),
        openPresenter,
      }),
      fromWebContents,
    );
    const invoke = (...args: unknown[]) => listeners.get(IPC_CHANNELS.presenterOpen)!(trusted, ...args);
    await expect(invoke('augmented-rnns', 'es')).resolves.toBe(true);
    expect(openPresenter).toHaveBeenCalledWith('augmented-rnns', 'es');
    await expect(invoke('../etc', 'es')).rejects.toThrow(/lessonId/);
    await expect(invoke('augmented-rnns', 'fr')).rejects.toThrow(/language/);
    await expect(invoke('augmented-rnns')).rejects.toThrow(/2 arguments/);
    expect(openPresenter).toHaveBeenCalledTimes(1);
    await expect(setup().invoke(IPC_CHANNELS.presenterOpen, trusted, 'augmented-rnns', 'es')).rejects.toThrow(/not available/);
  });
});
