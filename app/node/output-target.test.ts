import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStalePartials, targetProblem } from './output-target.ts';
import { runRender } from '../cli/commands/render.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atenea-out-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('render --out is checked before anything is rendered', () => {
  it('a folder where a file goes, a file or a non-empty folder where a sequence goes', async () => {
    await mkdir(join(dir, 'x.mp4'));
    await writeFile(join(dir, 'f.png'), 'x');
    await mkdir(join(dir, 'seq'));
    await writeFile(join(dir, 'seq', 'a'), 'x');
    expect(await targetProblem(join(dir, 'x.mp4'), 'file')).toMatch(/^x\.mp4 is an existing folder/);
    expect(await targetProblem(join(dir, 'f.png'), 'file')).toBeUndefined();
    expect(await targetProblem(join(dir, 'f.png'), 'folder')).toMatch(/is an existing file/);
    expect(await targetProblem(join(dir, 'seq'), 'folder')).toMatch(/is a folder that is not empty/);
    expect(await targetProblem(join(dir, 'new'), 'folder')).toBeUndefined();
  });
  it('runRender refuses an existing folder as --out with exit 2 at once', async () => {
    await mkdir(join(dir, 'out.mp4'));
    const lines: string[] = [];
    const code = await runRender(['copy', '--out', join(dir, 'out.mp4')], {
      readFile: async () => undefined,
      log: (l) => lines.push(l),
      print: () => undefined,
    });
    expect(code).toBe(2);
    expect(lines).toEqual(['atenea: render: --out: out.mp4 is an existing folder; allowed: a file name (an existing file is replaced)']);
  });
  it('removes the partial outputs of runs that are gone, and only those', async () => {
    const dead = deadPid();
    await writeFile(join(dir, `.x.mp4.partial-${dead}-1`), 'partial');
    await mkdir(join(dir, `.x.mp4.partial-${dead}-2`));
    await writeFile(join(dir, `.x.mp4.partial-${process.pid}-1`), 'ours, still running');
    await writeFile(join(dir, `.y.mp4.partial-${dead}-1`), 'another target');
    await writeFile(join(dir, '.x.mp4.partial-notes'), 'not our naming');
    expect((await removeStalePartials(join(dir, 'x.mp4'))).sort()).toEqual([`.x.mp4.partial-${dead}-1`, `.x.mp4.partial-${dead}-2`]);
    expect((await readdir(dir)).sort()).toEqual([`.x.mp4.partial-${process.pid}-1`, '.x.mp4.partial-notes', `.y.mp4.partial-${dead}-1`].sort());
  });
});
