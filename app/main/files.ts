/**
 * Saving exports (the recorder): main shows the save dialog (the renderer never sends a path), streams the bytes
 * into a temporary file (or folder, for a PNG sequence) beside the chosen one, and renames it at the end, so a
 * failure (disk full, no permission) or a cancel leaves no broken file. Errors are one line saying what happened.
 * The atomic output is plain Node, also used by `atenea render`.
 */
import { mkdir, open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc/channels.ts';
import { checkSaveId, checkSaveRequest, checkSaveWrite, isBareName, type SaveHandle, type SaveKind, type SaveRequest } from '../shared/ipc/save-stream.ts';
import type { IpcHandlers } from './ipc.ts';

/** One line for a file-system error, naming the place (e.g. "no permission to write in /srv"). */
export function describeFsError(error: unknown, place: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOSPC':
      return `the disk is full (writing ${place})`;
    case 'EDQUOT':
      return `the disk quota is exhausted (writing ${place})`;
    case 'EACCES':
    case 'EPERM':
      return `no permission to write in ${place}`;
    case 'EROFS':
      return `${place} is on a read-only file system`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `the folder of ${place} does not exist`;
    case 'EISDIR':
      return `${place} is a folder`;
    case 'EEXIST':
    case 'ENOTEMPTY':
      return `${place} already exists and is not empty`;
    default:
      return `${place}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** An output written under a temporary name and renamed onto `target` only by {@link AtomicOutput.commit}. */
export interface AtomicOutput {
  readonly target: string;
  /** Writes `data` at `position` (a file), or as the file `name` (a folder). */
  write(position: number, data: Uint8Array, name?: string): Promise<void>;
  /** Closes and renames the temporary file or folder onto the target. */
  commit(): Promise<void>;
  /** Closes and deletes the temporary file or folder. Never throws. */
  discard(): Promise<void>;
}

let serial = 0;

/**
 * Opens `target` for an atomic write: `<dir>/.<name>.partial-<pid>-<n>` until {@link AtomicOutput.commit}.
 * Throws an Error with a {@link describeFsError} line when the folder cannot be written.
 */
export async function openAtomicOutput(target: string, kind: SaveKind): Promise<AtomicOutput> {
  const temp = join(dirname(target), `.${basename(target)}.partial-${process.pid}-${++serial}`);
  let handle: FileHandle | null = null;
  try {
    if (kind === 'file') handle = await open(temp, 'w');
    else await mkdir(temp);
  } catch (error) {
    throw new Error(describeFsError(error, dirname(target)));
  }
  let closed = false;
  const close = async () => {
    const h = handle;
    handle = null;
    await h?.close();
  };
  return {
    target,
    async write(position, data, name) {
      if (closed) throw new Error(`${basename(target)} is already closed`);
      try {
        if (kind === 'folder') {
          if (!isBareName(name)) throw new Error('a file of a sequence needs a bare name');
          await writeFile(join(temp, name), data);
        } else {
          if (name !== undefined) throw new Error('a single file takes no file names');
          let written = 0;
          while (written < data.length) {
            const { bytesWritten } = await handle!.write(data, written, data.length - written, position + written);
            written += bytesWritten;
          }
        }
      } catch (error) {
        throw new Error(describeFsError(error, target));
      }
    },
    async commit() {
      if (closed) throw new Error(`${basename(target)} is already closed`);
      closed = true;
      try {
        await close();
        if (kind === 'folder') {
          // Replacing a folder: only an empty one (rename refuses a non-empty target with ENOTEMPTY).
          const existing = await stat(target).catch(() => null);
          if (existing && !existing.isDirectory()) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
          if (existing) await rm(target, { recursive: false, force: false }).catch(() => undefined);
        }
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { recursive: true, force: true }).catch(() => undefined);
        throw new Error(describeFsError(error, target));
      }
    },
    async discard() {
      if (closed) return;
      closed = true;
      await close().catch(() => undefined);
      await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

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
export function createSaveHandlers(service: SaveService | undefined): Pick<IpcHandlers, (typeof IPC_CHANNELS)['saveBegin' | 'saveWrite' | 'saveFinish' | 'saveAbort']> {
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
