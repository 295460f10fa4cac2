/**
 * `atenea render` stopped part-way, through the real process (node app/cli/main.ts, so the signal reaches the
 * command itself, as Ctrl-C in a terminal does): SIGINT and SIGTERM once frames are being rendered exit 130 and
 * 143 with one line and leave nothing beside the target; a partial left by a killed run is removed by the next
 * render; and on a real full disk (a 512 KiB tmpfs, root only) the render exits 2 saying so, leaving no file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NO_SANDBOX_NOTE } from '#app/host/chromium-flags.ts';
import { test, expect } from './fixtures.ts';

const root = resolve(import.meta.dirname, '..');
const PROGRESS = /^render: \d+\/\d+ frames/;

interface Run {
  /** Resolves once stderr has a progress line. */
  readonly progressed: Promise<void>;
  readonly done: Promise<{ code: number | null; stderr: string }>;
  signal(name: NodeJS.Signals): void;
}

/** Starts `atenea render ...args` as its own process (not through npm, which would take the signal itself). */
function startRender(args: readonly string[]): Run {
  const child = spawn(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', 'render', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let seen: () => void = () => undefined;
  const progressed = new Promise<void>((resolve) => (seen = resolve));
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    if (stderr.split('\n').some((l) => PROGRESS.test(l))) seen();
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { progressed, done, signal: (name) => child.kill(name) };
}

/** The lines of stderr other than progress and the root sandbox note. */
const messages = (stderr: string): string[] => stderr.split('\n').filter((l) => l !== '' && !PROGRESS.test(l) && l !== NO_SANDBOX_NOTE);

/** The id of a process that has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

const sized = ['--width', '320', '--height', '180'];

test.describe.configure({ timeout: 300_000 });

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  test(`${signal} while frames are rendered: exit ${code}, one line, no file and no partial left`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atenea-interrupt-'));
    const run = startRender(['copy', '--out', join(dir, 'x.mp4'), ...sized]);
    await run.progressed;
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^\.x\.mp4\.partial-\d+-\d+$/)]);
    run.signal(signal);
    const { code: exit, stderr } = await run.done;
    expect(exit, stderr).toBe(code);
    expect(messages(stderr)).toEqual([`atenea: render: stopped by ${signal}; nothing written`]);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
}

test('a partial left by a killed run (its process gone) is removed by the next render to that target', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'atenea-stale-'));
  const stale = `.x.mp4.partial-${deadPid()}-1`;
  writeFileSync(join(dir, stale), 'half a video');
  const { code, stderr } = await startRender([
    'copy',
    '--out',
    join(dir, 'x.mp4'),
    ...sized,
    '--from',
    '0',
    '--to',
    '0',
    '--seconds-per-step',
    '0.2',
    '--seconds-per-transition',
    '0.08',
  ]).done;
  expect(code, stderr).toBe(0);
  expect(messages(stderr)).toEqual([`render: removed ${stale}, left by an interrupted run`, `render: wrote ${join(dir, 'x.mp4')} (6 frames)`]);
  expect(readdirSync(dir)).toEqual(['x.mp4']);
  rmSync(dir, { recursive: true, force: true });
});

test('a full disk (a 512 KiB tmpfs): exit 2, one line saying the disk is full, no file left', async () => {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) console.log('full-disk render skipped: mounting a small tmpfs needs root');
  test.skip(!isRoot, 'mounting a small tmpfs needs root');
  const dir = mkdtempSync(join(tmpdir(), 'atenea-full-'));
  const mount = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { encoding: 'utf8' });
  expect(mount.status, mount.stderr).toBe(0);
  try {
    // Leave two pages free: far less than one 1280×720 PNG of the copy task.
    writeFileSync(join(dir, 'filler'), new Uint8Array(512 * 1024 - 8192));
    const { code, stderr } = await startRender(['copy', '--out', join(dir, 'big.png'), '--format', 'png']).done;
    expect(code, stderr).toBe(2);
    expect(messages(stderr)).toEqual([`atenea: render: --out: the disk is full (writing ${join(dir, 'big.png')})`]);
    expect(readdirSync(dir)).toEqual(['filler']);
  } finally {
    spawnSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
