/**
 * Saving exports (the recorder): main shows the save dialog (the renderer never sends a path), streams the bytes
 * into a temporary file (or folder, for a PNG sequence) beside the chosen one, and renames it at the end, so a
 * failure (disk full, no permission) or a cancel leaves no broken file (app/node/atomic-output.ts).
 */
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc/channels.ts';
import { checkSaveId, checkSaveRequest, checkSaveWrite, type SaveHandle, type SaveRequest } from '../shared/ipc/save-stream.ts';
import { openAtomicOutput, type AtomicOutput } from '../node/atomic-output.ts';
import type { IpcHandlers } from './handler-spec.ts';

/** Asks the user where to save (the dialog); resolves with an absolute path, or null when cancelled. */
export type ChooseSavePath = (request: SaveRequest) => Promise<string | null>;

/**
 * Electron's save dialog as a {@link ChooseSavePath} (for a PNG sequence the chosen name becomes a new folder).
 * Getters, so nothing of Electron is touched before the first export.
 */
export function electronChooser(getDialog: () => Pick<Dialog, 'showSaveDialog'>, parent: () => BrowserWindow | null, defaultDir: () => string): ChooseSavePath {
  return async (request) => {
    const dialog = getDialog();
    const ext = /\.([a-z0-9]+)$/i.exec(request.suggestedName)?.[1];
    const options = {
      defaultPath: join(defaultDir(), request.suggestedName),
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
      ...(request.kind === 'file' && ext ? { filters: [{ name: ext.toUpperCase(), extensions: [ext] }] } : {}),
    };
    const window = parent();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
}

/** The save service behind the `save:*` IPC channels: open saves by id. */
export interface SaveService {
  begin(request: SaveRequest): Promise<SaveHandle | null>;
  write(id: number, position: number, data: Uint8Array, name: string | undefined): Promise<void>;
  finish(id: number): Promise<void>;
  abort(id: number): Promise<void>;
  /** Discards every open save (the window closed). */
  abortAll(): Promise<void>;
}

/** Creates the save service; `choose` shows the dialog. */
export function createSaveService(choose: ChooseSavePath, openOutput: typeof openAtomicOutput = openAtomicOutput): SaveService {
  const open = new Map<number, AtomicOutput>();
  let next = 0;
  const get = (id: number) => {
    const out = open.get(id);
    if (!out) throw new Error(`no open save with id ${id}`);
    return out;
  };
  return {
    async begin(request) {
      const path = await choose(request);
      if (path === null) return null;
      const output = await openOutput(path, request.kind);
      const id = ++next;
      open.set(id, output);
      return { id, name: basename(path) };
    },
    async write(id, position, data, name) {
      const out = get(id);
      try {
        await out.write(position, data, name);
      } catch (error) {
        open.delete(id);
        await out.discard();
        throw error;
      }
    },
    async finish(id) {
      const out = get(id);
      open.delete(id);
      await out.commit();
    },
    async abort(id) {
      const out = open.get(id);
      open.delete(id);
      await out?.discard();
    },
    async abortAll() {
      const all = [...open.values()];
      open.clear();
      await Promise.all(all.map((o) => o.discard()));
    },
  };
}

/** The `save:*` IPC handlers (validated with app/shared/ipc/save-stream.ts); without a service they refuse. */
export function createSaveHandlers(
  service: SaveService | undefined,
): Pick<IpcHandlers, (typeof IPC_CHANNELS)['saveBegin' | 'saveWrite' | 'saveFinish' | 'saveAbort']> {
  const need = (): SaveService => {
    if (!service) throw new Error('saving files is not available in this window.');
    return service;
  };
  const id = (args: readonly unknown[]) => {
    const checked = checkSaveId(args);
    return checked.ok ? { ok: true as const, args: [checked.value] as [number] } : checked;
  };
  return {
    [IPC_CHANNELS.saveBegin]: {
      validate(args) {
        if (args.length !== 1) return { ok: false, error: `takes exactly 1 argument (got ${args.length}).` };
        const checked = checkSaveRequest(args[0]);
        return checked.ok ? { ok: true, args: [checked.value] } : checked;
      },
      handle: (request) => need().begin(request),
    },
    [IPC_CHANNELS.saveWrite]: {
      validate(args) {
        const checked = checkSaveWrite(args);
        return checked.ok ? { ok: true, args: checked.value } : checked;
      },
      handle: (saveId, position, data, name) => need().write(saveId, position, data, name),
    },
    [IPC_CHANNELS.saveFinish]: { validate: id, handle: (saveId) => need().finish(saveId) },
    [IPC_CHANNELS.saveAbort]: { validate: id, handle: (saveId) => need().abort(saveId) },
  };
}
