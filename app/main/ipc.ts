import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describeBriefly } from '#core/scenario/describe-value.ts';
import { IPC_CHANNELS, type InvokeChannel } from '../shared/ipc/channels.ts';
import { gpuModeError, isGpuMode, type GpuMode } from '../shared/ipc/gpu-mode.ts';
import { isAllowedExternalUrl, isAppUrl } from './security.ts';
import { createSaveHandlers, type SaveService } from './files.ts';
import { createOpenFileHandler, type ChooseOpenPath } from './open-file.ts';
import type { HandlerSpec, IpcHandlers } from './handler-spec.ts';
import { isMenuLanguage, type MenuLanguage } from './menu-words.ts';

/** What the handlers do outside themselves (injected; tests pass fakes). */
export interface IpcActions {
  /** Stores the GPU choice (userData/gpu.json). */
  rememberGpuMode(mode: GpuMode): void;
  /** Restarts the app with `--gpu=<mode>`. */
  relaunch(mode: GpuMode): void;
  /** Opens a URL in the system browser. */
  openExternal(url: string): Promise<void>;
  /** Rebuilds the application menu in the UI language the page reports. */
  setMenuLanguage(language: MenuLanguage): void;
  /** The recorder's save service (app/main/files.ts); without it the `save:*` channels refuse. */
  files?: SaveService;
  /** Opens the presenter view's window (app/main/presenter-window.ts); without it `presenter:open` refuses. */
  openPresenter?: (lessonId: string, language: 'es' | 'en') => boolean;
  /** Shows the open dialog for "Abrir…" (app/main/open-file.ts); without it `file:open` refuses. */
  chooseOpenPath?: ChooseOpenPath;
}

/** A lesson id as the lesson format allows it: letters, digits and dashes, at most 64. */
const LESSON_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** One argument exactly, else a message saying how many were expected. */
function exactlyOne(args: readonly unknown[], channel: string): { ok: true; value: unknown } | { ok: false; error: string } {
  return args.length === 1 ? { ok: true, value: args[0] } : { ok: false, error: `${channel} takes exactly 1 argument (got ${args.length}).` };
}

/** The handlers of the app's invoke channels. */
export function createIpcHandlers(actions: IpcActions): IpcHandlers {
  return {
    [IPC_CHANNELS.gpuRelaunch]: {
      validate(args) {
        const one = exactlyOne(args, IPC_CHANNELS.gpuRelaunch);
        if (!one.ok) return one;
        if (!isGpuMode(one.value)) return { ok: false, error: gpuModeError(describeBriefly(one.value)) };
        return { ok: true, args: [one.value] };
      },
      handle(mode) {
        actions.rememberGpuMode(mode);
        actions.relaunch(mode);
      },
    },
    [IPC_CHANNELS.openExternal]: {
      validate(args) {
        const one = exactlyOne(args, IPC_CHANNELS.openExternal);
        if (!one.ok) return one;
        if (!isAllowedExternalUrl(one.value)) return { ok: false, error: 'That link is not on the list of pages Atenea may open.' };
        return { ok: true, args: [one.value] };
      },
      async handle(url) {
        await actions.openExternal(url);
        return true;
      },
    },
    [IPC_CHANNELS.menuLanguage]: {
      validate(args) {
        const one = exactlyOne(args, IPC_CHANNELS.menuLanguage);
        if (!one.ok) return one;
        if (!isMenuLanguage(one.value)) return { ok: false, error: `the language must be 'es' or 'en' (got ${describeBriefly(one.value)}).` };
        return { ok: true, args: [one.value] };
      },
      handle(language) {
        actions.setMenuLanguage(language);
      },
    },
    [IPC_CHANNELS.presenterOpen]: {
      validate(args) {
        if (args.length !== 2) return { ok: false, error: `${IPC_CHANNELS.presenterOpen} takes exactly 2 arguments (got ${args.length}).` };
        const [id, language] = args;
        if (typeof id !== 'string' || !LESSON_ID.test(id)) return { ok: false, error: 'lessonId must be letters, digits and dashes (at most 64).' };
        if (language !== 'es' && language !== 'en') return { ok: false, error: "language must be 'es' or 'en'." };
        if (!actions.openPresenter) return { ok: false, error: 'the presenter view is not available here.' };
        return { ok: true, args: [id, language] };
      },
      handle: (id, language) => actions.openPresenter?.(id, language) ?? false,
    },
    ...createSaveHandlers(actions.files),
    ...createOpenFileHandler(actions.chooseOpenPath),
  };
}

/**
 * True when an IPC message comes from one of the app's own windows showing an `app://atenea/` page, in its main
 * frame: drops messages from any other WebContents, a navigated-away page, or a subframe.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  fromWebContents: (contents: WebContents) => BrowserWindow | null,
): boolean {
  if (fromWebContents(event.sender) === null) return false;
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/**
 * Registers every handler on `ipcMain`: each call first checks the sender ({@link isTrustedSender}), then
 * validates the arguments; a refusal rejects the renderer's promise with a short message.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: IpcHandlers,
  fromWebContents: (contents: WebContents) => BrowserWindow | null,
): void {
  for (const channel of Object.keys(handlers) as InvokeChannel[]) {
    const spec = handlers[channel] as HandlerSpec<InvokeChannel>;
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, fromWebContents)) throw new Error(`${channel}: refused, the sender is not an Atenea window.`);
      const checked = spec.validate(args);
      if (!checked.ok) throw new Error(`${channel}: ${checked.error}`);
      return (spec.handle as (...a: unknown[]) => unknown)(...checked.args);
    });
  }
}
