import { ipcRenderer, type IpcRendererEvent } from 'electron';
import { GPU_MODE_ARGUMENT_PREFIX, IPC_CHANNELS, isMenuCommand } from '../shared/ipc/channels.ts';
import { isGpuMode, type GpuMode } from '../shared/ipc/gpu-mode.ts';
import { isOpenFileResult } from '../shared/ipc/open-file.ts';
import type { AteneaHost, MenuCommand, SaveHandle } from '../shared/host-api.ts';

/** The GPU mode main passed through `additionalArguments` (`--atenea-gpu=<mode>`); `default` if absent or unknown. */
export function gpuModeFromPreloadArgv(argv: readonly string[]): GpuMode {
  const arg = argv.find((a) => a.startsWith(GPU_MODE_ARGUMENT_PREFIX));
  const value = arg?.slice(GPU_MODE_ARGUMENT_PREFIX.length);
  return isGpuMode(value) ? value : 'default';
}

/**
 * Builds the API object the preload exposes. Each method calls one registered channel with checked arguments; the
 * menu listener receives only known commands and never sees the IPC event (which would leak `ipcRenderer`).
 */
export function createHostApi(argv: readonly string[] = process.argv, ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'off'> = ipcRenderer): AteneaHost {
  return {
    kind: 'electron',
    gpuMode: gpuModeFromPreloadArgv(argv),
    async relaunchWithGpu(mode: GpuMode): Promise<void> {
      if (!isGpuMode(mode)) throw new Error(`Unknown GPU mode '${String(mode)}'.`);
      await ipc.invoke(IPC_CHANNELS.gpuRelaunch, mode);
    },
    async openExternal(url: string): Promise<boolean> {
      if (typeof url !== 'string') return false;
      return (await ipc.invoke(IPC_CHANNELS.openExternal, url)) === true;
    },
    async setMenuLanguage(language: 'es' | 'en'): Promise<void> {
      if (language !== 'es' && language !== 'en') throw new Error(`Unknown language '${String(language)}'.`);
      await ipc.invoke(IPC_CHANNELS.menuLanguage, language);
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const wrapped = (_event: IpcRendererEvent, command: unknown): void => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(IPC_CHANNELS.menuCommand, wrapped);
      return () => {
        ipc.off(IPC_CHANNELS.menuCommand, wrapped);
      };
    },
    // The recorder's save stream: main validates every argument again (app/shared/ipc/save-stream.ts).
    saveBegin: (request) => ipc.invoke(IPC_CHANNELS.saveBegin, request) as Promise<SaveHandle | null>,
    saveWrite: async (id, position, data, name) => void (await ipc.invoke(IPC_CHANNELS.saveWrite, id, position, data, ...(name === undefined ? [] : [name]))),
    saveFinish: async (id) => void (await ipc.invoke(IPC_CHANNELS.saveFinish, id)),
    saveAbort: async (id) => void (await ipc.invoke(IPC_CHANNELS.saveAbort, id)),
    openPresenter: async (lessonId, language) => (await ipc.invoke(IPC_CHANNELS.presenterOpen, lessonId, language)) === true,
    // "Abrir…": no path crosses; only a well-formed answer reaches the page.
    async openFile() {
      const answer: unknown = await ipc.invoke(IPC_CHANNELS.fileOpen);
      if (!isOpenFileResult(answer)) throw new Error('file:open: main answered something unexpected.');
      return answer;
    },
  };
}
