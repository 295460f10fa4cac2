/**
 * Checks on `atenea render --out` made before anything is rendered: the target must be writable as the kind
 * asked for (a file, or a folder for a PNG sequence), and the partial outputs a killed run of ours left beside
 * it (`.NAME.partial-PID-N`, app/node/atomic-output.ts, whose process PID is gone) are removed.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SaveKind } from '../shared/ipc/save-stream.ts';

/** Why `target` cannot receive an output of `kind`, or undefined when it can (absent, or replaceable). */
export async function targetProblem(target: string, kind: SaveKind): Promise<string | undefined> {
  const existing = await stat(target).catch(() => null);
  if (!existing) return undefined;
  if (kind === 'file' && existing.isDirectory()) return `${basename(target)} is an existing folder; allowed: a file name (an existing file is replaced)`;
  if (kind === 'folder' && !existing.isDirectory()) return `${basename(target)} is an existing file; allowed: a new or empty folder for the PNG sequence`;
  if (kind === 'folder' && (await readdir(target)).length > 0)
    return `${basename(target)} is a folder that is not empty; allowed: a new or empty folder for the PNG sequence`;
  return undefined;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `.NAME.partial-PID-N` files and folders beside `target` whose process is no longer running (a run
 * killed with SIGKILL cannot clean up after itself). Returns the names removed; never throws.
 */
export async function removeStalePartials(target: string): Promise<string[]> {
  const prefix = `.${basename(target)}.partial-`;
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(\d+)-\d+$/.exec(name.slice(prefix.length));
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || processIsAlive(pid)) continue;
    await rm(join(dirname(target), name), { recursive: true, force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
