import { mkdtempSync, readFileSync, readdirSync, chmodSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFsError, openAtomicOutput } from './atomic-output.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atenea-atomic-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

describe('openAtomicOutput', () => {
  it('writes positioned bytes to a temporary file and renames it at the end', async () => {
    const target = join(dir, 'a.mp4');
    const out = await openAtomicOutput(target, 'file');
    await out.write(0, new Uint8Array([1, 2, 3, 4]));
    await out.write(6, new Uint8Array([7]));
    await out.write(1, new Uint8Array([9]));
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toHaveLength(1);
    await out.commit();
    expect([...readFileSync(target)]).toEqual([1, 9, 3, 4, 0, 0, 7]);
    expect(readdirSync(dir)).toEqual(['a.mp4']);
  });

  it('leaves nothing behind when discarded', async () => {
    const out = await openAtomicOutput(join(dir, 'b.webm'), 'file');
    await out.write(0, new Uint8Array(1000));
    await out.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes a sequence folder of named files, renamed at the end', async () => {
    const target = join(dir, 'frames');
    const out = await openAtomicOutput(target, 'folder');
    await out.write(0, new Uint8Array([1]), 'frame-00000.png');
    await out.write(0, new Uint8Array([2]), 'frame-00001.png');
    await expect(out.write(0, new Uint8Array([3]), '../evil.png')).rejects.toThrow();
    await out.commit();
    expect(readdirSync(target).sort()).toEqual(['frame-00000.png', 'frame-00001.png']);
  });

  it('reports an unwritable folder in one line and creates nothing', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permissions: an absent folder gives the same path through describeFsError
      await expect(openAtomicOutput(join(dir, 'missing', 'x.gif'), 'file')).rejects.toThrow(/does not exist/);
      return;
    }
    chmodSync(dir, 0o500);
    await expect(openAtomicOutput(join(dir, 'x.gif'), 'file')).rejects.toThrow(/no permission to write in/);
  });

  it('describes common errors', () => {
    expect(describeFsError({ code: 'ENOSPC' }, '/x')).toMatch(/disk is full/);
    expect(describeFsError({ code: 'EACCES' }, '/x')).toBe('no permission to write in /x');
    expect(describeFsError(new Error('boom'), '/x')).toBe('/x: boom');
  });
});
