/**
 * The recorder's save stream between the renderer and Electron main: the renderer asks main to open a save
 * dialog (it never sends a path), then streams positioned chunks (or named files of a PNG sequence folder) and
 * finishes or aborts. Validation of every argument lives here so main and the tests share it.
 */
import { describeBriefly } from '#core/scenario/describe-value.ts';

/** A single file (video, GIF, PNG) or a folder (PNG sequence). */
export type SaveKind = 'file' | 'folder';

/** What the renderer asks main to open a dialog for. */
export interface SaveRequest {
  readonly kind: SaveKind;
  /** A bare file (or folder) name suggested in the dialog: no path separators. */
  readonly suggestedName: string;
}

/** An open save: its id for the next calls and the chosen file's base name (for the "Saved …" message). */
export interface SaveHandle {
  readonly id: number;
  readonly name: string;
}

/** Largest chunk the renderer sends in one call (mediabunny flushes 1 MiB; a 4K PNG can be larger). */
export const MAX_SAVE_CHUNK = 64 * 1024 * 1024;

/** A validation result: typed value or one line saying what is allowed. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const NAME = /^[^/\\\0]{1,200}$/;

/** True for a bare, safe file name (no separators, not `.`/`..`). */
export function isBareName(value: unknown): value is string {
  return typeof value === 'string' && NAME.test(value) && value !== '.' && value !== '..' && value.trim() === value;
}

/** Checks a {@link SaveRequest}. */
export function checkSaveRequest(value: unknown): Checked<SaveRequest> {
  const v = value as Partial<SaveRequest> | null;
  if (typeof v !== 'object' || v === null) return { ok: false, error: 'the save request must be an object { kind, suggestedName }.' };
  if (v.kind !== 'file' && v.kind !== 'folder') return { ok: false, error: `kind must be 'file' or 'folder' (got ${describeBriefly(v.kind)}).` };
  if (!isBareName(v.suggestedName)) return { ok: false, error: 'suggestedName must be a bare file name of 1 to 200 characters without / or \\.' };
  return { ok: true, value: { kind: v.kind, suggestedName: v.suggestedName } };
}

/** Checks the arguments of a write: id, position, bytes and an optional bare file name. */
export function checkSaveWrite(args: readonly unknown[]): Checked<[id: number, position: number, data: Uint8Array, name: string | undefined]> {
  const [id, position, data, name] = args;
  if (args.length < 3 || args.length > 4) return { ok: false, error: `a write takes 3 or 4 arguments (got ${args.length}).` };
  if (!Number.isSafeInteger(id) || (id as number) < 1) return { ok: false, error: 'the save id must be a positive whole number.' };
  if (!Number.isSafeInteger(position) || (position as number) < 0) return { ok: false, error: 'the position must be a whole number of bytes from 0.' };
  if (!(data instanceof Uint8Array) || data.length > MAX_SAVE_CHUNK)
    return { ok: false, error: `the data must be bytes (Uint8Array) of at most ${MAX_SAVE_CHUNK} bytes.` };
  if (name !== undefined && !(isBareName(name) && /\.png$/i.test(name)))
    return { ok: false, error: 'a sequence file name must be a bare name ending in .png.' };
  return { ok: true, value: [id as number, position as number, data, name as string | undefined] };
}

/** Checks a save id (finish, abort). */
export function checkSaveId(args: readonly unknown[]): Checked<number> {
  if (args.length !== 1 || !Number.isSafeInteger(args[0]) || (args[0] as number) < 1)
    return { ok: false, error: 'takes exactly one save id (a positive whole number).' };
  return { ok: true, value: args[0] as number };
}
