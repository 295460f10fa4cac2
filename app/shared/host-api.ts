import type { GpuMode } from './ipc/gpu-mode.ts';
import type { MenuCommand } from './ipc/channels.ts';
import type { SaveHandle, SaveRequest } from './ipc/save-stream.ts';
import type { OpenFileResult } from './ipc/open-file.ts';

export type { GpuMode } from './ipc/gpu-mode.ts';
export type { MenuCommand } from './ipc/channels.ts';
export type { SaveHandle, SaveKind, SaveRequest } from './ipc/save-stream.ts';
export type { OpenFileResult } from './ipc/open-file.ts';

/**
 * The narrow API the Electron preload exposes to the renderer as `window.ateneaHost` (contextBridge). In the
 * Chromium host and `npm run web` there is no preload: `window.ateneaHost` is undefined, and the host's choices
 * reach the renderer only through the URL query (`?e2e=1`, `?gpu=vulkan-x11|cpu`), which Electron also sets.
 */
export interface AteneaHost {
  /** Which host runs the renderer (only Electron has a preload). */
  readonly kind: 'electron';
  /** The GPU mode Electron started with (`--gpu=` or the remembered choice). `cpu`: do not use WebGPU compute. */
  readonly gpuMode: GpuMode;
  /**
   * Asks main to remember `mode` and relaunch the app with its switches (offer `vulkan-x11` when no adapter or
   * only a software one was found). Rejects for an invalid mode; on success the app restarts.
   */
  relaunchWithGpu(mode: GpuMode): Promise<void>;
  /** Opens an allow-listed https link (the Distill article, the papers) in the system browser; false if refused. */
  openExternal(url: string): Promise<boolean>;
  /** Tells main the UI language, so the application menu speaks it (main rebuilds the menu). */
  setMenuLanguage(language: 'es' | 'en'): Promise<void>;
  /** Subscribes to application-menu commands (View → Reset camera, …); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Recorder: main shows the save dialog (file or folder); null when the user cancels it. */
  saveBegin(request: SaveRequest): Promise<SaveHandle | null>;
  /** Writes bytes at `position` of the temporary file (or the file `name` of a sequence folder). */
  saveWrite(id: number, position: number, data: Uint8Array, name?: string): Promise<void>;
  /** Renames the temporary file (or folder) to the chosen name. */
  saveFinish(id: number): Promise<void>;
  /** Deletes the temporary file (or folder): nothing is left. */
  saveAbort(id: number): Promise<void>;
  /** Opens the presenter view (a second window on the lecturer's display; README "Giving a lecture"). */
  openPresenter(lessonId: string, language: 'es' | 'en'): Promise<boolean>;
  /** "Abrir…": main shows the open dialog and reads and validates the file; null when the user cancels it. */
  openFile(): Promise<OpenFileResult>;
}

declare global {
  interface Window {
    /** Present in Electron only (see {@link AteneaHost}). */
    readonly ateneaHost?: AteneaHost;
  }
}
