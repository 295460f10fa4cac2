/**
 * A real full disk: a 512 KiB tmpfs mounted for the test (only root may mount one; other users skip with a line
 * saying why). Writing through the atomic output fails with one line saying the disk is full and leaves nothing
 * behind; `atenea trace > file` on the full disk exits 2 with that line instead of dying silently.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-atenea-process.ts';
import { openAtomicOutput } from './atomic-output.ts';

const root = process.getuid?.() === 0;
if (!root) console.log('full-disk tests skipped: mounting a small tmpfs needs root (run the tests as root to include them)');

/** The tmpfs's size: small enough to fill at once, large enough for the filler below plus a few pages. */
const SIZE = 512 * 1024;
let dir = '';
let mounted = false;

describe.skipIf(!root)('a full disk (a 512 KiB tmpfs)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atenea-full-'));
    const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE}`, 'tmpfs', dir], { encoding: 'utf8' });
    expect(mount.status, `mount -t tmpfs failed: ${mount.stderr}`).toBe(0);
    mounted = true;
  });
  afterEach(() => {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('an export file: the write fails with "the disk is full", and discarding leaves the folder empty', async () => {
    const target = join(dir, 'big.mp4');
    const output = await openAtomicOutput(target, 'file');
    const error = await output.write(0, new Uint8Array(2 * SIZE).fill(7)).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`the disk is full (writing ${target})`);
    await output.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a PNG sequence folder: the frame that does not fit fails the same way, and nothing is left', async () => {
    const target = join(dir, 'frames');
    const output = await openAtomicOutput(target, 'folder');
    const frame = new Uint8Array(64 * 1024).fill(3);
    let error: unknown = null;
    for (let k = 0; k < 16 && !error; k++) error = await output.write(0, frame, `frame-${String(k).padStart(5, '0')}.png`).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`the disk is full (writing ${target})`);
    await output.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('atenea trace > a file on the full disk: exit 2 and one line saying so', async () => {
    writeFileSync(join(dir, 'filler'), new Uint8Array(SIZE - 64 * 1024));
    const fd = openSync(join(dir, 'copy.json'), 'w');
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', 'trace', 'copy'], {
        cwd: REPO_ROOT,
        stdio: ['ignore', fd, 'pipe'],
      });
      let err = '';
      child.stderr?.setEncoding('utf8').on('data', (d: string) => (err += d));
      child.on('error', reject);
      child.on('close', (c) => resolve({ code: c, stderr: err }));
    });
    closeSync(fd);
    expect(code).toBe(2);
    expect(stderr).toBe('atenea: the disk is full (writing stdout)\n');
  });
});
