/**
 * Opening a lesson or scenario file in Electron (README "Giving a lecture": Abrir…): main shows the open dialog,
 * reads the chosen file with the input size limit (core/scenario/input-limits.ts), and validates it as a lesson or
 * a scenario (core/lesson/open-file.ts). The renderer never sends a path; it gets the file's name and text, or
 * the one-line error naming the field and what is allowed.
 */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { readAteneaFile } from '#core/lesson/open-file.ts';
import { INPUT_TOO_LARGE, MAX_INPUT_BYTES } from '#core/scenario/input-limits.ts';
import { oneLine } from '#core/scenario/describe-value.ts';
import { IPC_CHANNELS } from '../shared/ipc/channels.ts';
import type { OpenFileResult } from '../shared/ipc/open-file.ts';
import type { IpcHandlers } from './handler-spec.ts';

/** Asks the user for a file to open (the dialog); resolves with an absolute path, or null when cancelled. */
export type ChooseOpenPath = () => Promise<string | null>;

/** Electron's open dialog (JSON files) as a {@link ChooseOpenPath}; getters, so nothing of Electron is touched early. */
export function electronOpenChooser(getDialog: () => Pick<Dialog, 'showOpenDialog'>, parent: () => BrowserWindow | null): ChooseOpenPath {
  return async () => {
    const options = { properties: ['openFile'] as 'openFile'[], filters: [{ name: 'Atenea (JSON)', extensions: ['json'] }] };
    const window = parent();
    const result = window ? await getDialog().showOpenDialog(window, options) : await getDialog().showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** One line for a failed read of the file `name`. */
function readError(error: unknown, name: string): string {
  if (error instanceof TypeError) return `${name}: not UTF-8 text; allowed: a JSON file in UTF-8`;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${name}: no such file`;
  if (code === 'EACCES' || code === 'EPERM') return `${name}: no permission to read it`;
  if (code === 'EISDIR') return `${name}: not a file; allowed: a lesson or scenario .json file`;
  return `${name}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Reads `path` (at most `cap` bytes, UTF-8) and validates it as a lesson or scenario; never throws. */
export async function readOpenedFile(path: string, cap = MAX_INPUT_BYTES): Promise<Exclude<OpenFileResult, null>> {
  const name = basename(path);
  let text: string;
  let bytes: number;
  try {
    const file = await open(path, 'r');
    try {
      const info = await file.stat();
      if (!info.isFile()) return { ok: false, error: `${oneLine(name, 120)}: not a file; allowed: a lesson or scenario .json file` };
      // Read one byte past the cap, so a file that grew after the stat is refused too.
      const buffer = Buffer.alloc(Math.min(info.size, cap) + 1);
      bytes = (await file.read(buffer, 0, buffer.length, 0)).bytesRead;
      if (bytes > cap) {
        const [problem, allowed] =
          cap === MAX_INPUT_BYTES ? [INPUT_TOO_LARGE.problem, INPUT_TOO_LARGE.allowed] : [`larger than ${cap} bytes`, `at most ${cap} bytes`];
        return { ok: false, error: `${oneLine(name, 120)}: ${problem}; allowed: ${allowed}` };
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytes));
    } finally {
      await file.close();
    }
  } catch (error) {
    return { ok: false, error: oneLine(readError(error, name), 300) };
  }
  try {
    const opened = readAteneaFile(name, text, bytes);
    return { ok: true, name, text, kind: opened.kind };
  } catch (error) {
    return { ok: false, error: oneLine(error instanceof Error ? error.message : String(error), 300) };
  }
}

/** The `file:open` IPC handler: no arguments (the path comes from main's own dialog). */
export function createOpenFileHandler(choose: ChooseOpenPath | undefined): Pick<IpcHandlers, (typeof IPC_CHANNELS)['fileOpen']> {
  return {
    [IPC_CHANNELS.fileOpen]: {
      validate(args) {
        if (args.length !== 0) return { ok: false, error: `takes no arguments (got ${args.length}): the file is chosen in main's dialog.` };
        if (!choose) return { ok: false, error: 'opening files is not available in this window.' };
        return { ok: true, args: [] };
      },
      async handle() {
        const path = await choose?.();
        return path ? readOpenedFile(path) : null;
      },
    },
  };
}
