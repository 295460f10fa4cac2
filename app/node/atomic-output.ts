/**
 * Atomic output: a file (or folder, for a PNG sequence) written under a temporary name beside the target and
 * renamed onto it only at the end, so a failure (disk full, no permission) or a cancel leaves no broken file.
 * Errors are one line saying what happened. Used by the recorder's save service (Electron main) and by
 * `atenea render`.
 */
import { mkdir, open, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isBareName, type SaveKind } from '../shared/ipc/save-stream.ts';

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
