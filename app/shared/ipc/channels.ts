import type { GpuMode } from './gpu-mode.ts';
import type { OpenFileResult } from './open-file.ts';
import type { SaveHandle, SaveRequest } from './save-stream.ts';

/**
 * The IPC channel registry: every channel between main and the preload, in one place (electron/fiddle style).
 * `invoke` channels are renderer → main requests answered by `ipcMain.handle`; `send` channels are main → renderer.
 */
export const IPC_CHANNELS = {
  /** Renderer → main: relaunch the app with a GPU mode and remember it (argument: a {@link GpuMode}). */
  gpuRelaunch: 'gpu:relaunch',
  /** Renderer → main: open an allow-listed external link (the Distill article, the papers) in the system browser. */
  openExternal: 'shell:open-external',
  /** Renderer → main: the UI language changed (argument: 'es' or 'en'); main rebuilds the menu in it. */
  menuLanguage: 'menu:language',
  /** Main → renderer: a command chosen in the application menu (payload: a {@link MenuCommand}). */
  menuCommand: 'menu:command',
  /** Renderer → main, the recorder's save stream (app/shared/ipc/save-stream.ts): dialog, write, finish, abort. */
  saveBegin: 'save:begin',
  saveWrite: 'save:write',
  saveFinish: 'save:finish',
  saveAbort: 'save:abort',
  /** Renderer → main: open the presenter view's window (arguments: the lesson's id and the UI language). */
  presenterOpen: 'presenter:open',
  /** Renderer → main: "Abrir…": main shows the open dialog, reads and validates the file (no arguments; app/shared/ipc/open-file.ts). */
  fileOpen: 'file:open',
} as const;

/** The name of any registered channel. */
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Argument and result types of each invoke channel: what the preload sends and main answers. */
export interface InvokeContract {
  [IPC_CHANNELS.gpuRelaunch]: { args: [mode: GpuMode]; result: void };
  [IPC_CHANNELS.openExternal]: { args: [url: string]; result: boolean };
  [IPC_CHANNELS.menuLanguage]: { args: [language: 'es' | 'en']; result: void };
  [IPC_CHANNELS.saveBegin]: { args: [request: SaveRequest]; result: SaveHandle | null };
  [IPC_CHANNELS.saveWrite]: { args: [id: number, position: number, data: Uint8Array, name: string | undefined]; result: void };
  [IPC_CHANNELS.saveFinish]: { args: [id: number]; result: void };
  [IPC_CHANNELS.saveAbort]: { args: [id: number]; result: void };
  [IPC_CHANNELS.presenterOpen]: { args: [lessonId: string, language: 'es' | 'en']; result: boolean };
  [IPC_CHANNELS.fileOpen]: { args: []; result: OpenFileResult };
}

/** The invoke channels (renderer → main). */
export type InvokeChannel = keyof InvokeContract;

/** Commands the application menu sends to the renderer; the renderer maps each to the same action as its key. */
export const MENU_COMMANDS = ['reset-camera', 'play-pause', 'step-forward', 'step-back', 'first-frame', 'last-frame', 'language-es', 'language-en'] as const;

/** One of {@link MENU_COMMANDS}. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True for a known {@link MenuCommand} (the preload drops anything else). */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The command-line argument through which main tells the sandboxed preload the GPU mode (`additionalArguments`). */
export const GPU_MODE_ARGUMENT_PREFIX = '--atenea-gpu=';
