/**
 * `atenea render` through the real process (npm run --silent atenea -- render …): each format, a bad
 * argument, a missing scenario file, an unwritable place and a module without a chapter. Small sizes, so the
 * whole spec stays short on SwiftShader.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures.ts';
import { parseGif, pngSize, probeVideo } from './recording-helpers.ts';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'atenea-render-'));

function atenea(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '--silent', 'atenea', '--', 'render', ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sized = ['--width', '320', '--height', '180', '--seconds-per-step', '0.2', '--seconds-per-transition', '0.08'];
const small = [...sized, '--from', '0', '--to', '2'];

test.describe.configure({ timeout: 300_000 });

test('render writes each format: mp4, webm, gif, png, a png sequence folder and zip', async () => {
  const mp4 = join(dir, 'copy.mp4');
  const r = atenea('copy', '--out', mp4, ...small);
  expect(r.stderr).toMatch(/render: 18\/18 frames/); // 3 trace frames × 0.2 s × 30 fps
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  expect(probeVideo(mp4)).toMatchObject({ codec: 'h264', width: 320, height: 180, frames: 18, fps: 30 });

  const webm = join(dir, 'lookup.webm');
  expect(atenea('lookup', '--out', webm, ...small, '--fps', '24', '--lang', 'en').status).toBe(0);
  expect(probeVideo(webm)).toMatchObject({ codec: 'vp9', frames: 14, fps: 24 });

  const gif = join(dir, 'copy.gif');
  expect(atenea('copy', '--out', gif, ...small).status).toBe(0);
  expect(parseGif(readFileSync(gif))).toMatchObject({ width: 320, height: 180, frames: 15, delays: new Array(15).fill(4) });

  const png = join(dir, 'frame.png');
  expect(atenea('copy', '--out', png, '--width', '320', '--height', '180', '--from', '2').status).toBe(0);
  expect(pngSize(readFileSync(png))).toEqual({ width: 320, height: 180 });

  const folder = join(dir, 'frames');
  expect(atenea('copy', '--out', folder, '--format', 'png', ...small, '--fps', '25').status).toBe(0);
  expect(readdirSync(folder).sort()).toEqual(Array.from({ length: 15 }, (_, k) => `frame-${String(k).padStart(5, '0')}.png`));
  const zip = join(dir, 'frames.zip');
  expect(atenea('copy', '--out', zip, ...sized, '--from', '0', '--to', '0').status).toBe(0);
  expect(Object.keys(unzipSync(readFileSync(zip))).sort()).toEqual([
    'frame-00000.png',
    'frame-00001.png',
    'frame-00002.png',
    'frame-00003.png',
    'frame-00004.png',
    'frame-00005.png',
  ]);
  // Nothing but the outputs in the folder: no temporary files left.
  expect(readdirSync(dir).sort()).toEqual(['copy.gif', 'copy.mp4', 'frame.png', 'frames', 'frames.zip', 'lookup.webm']);
});

test('render refuses bad input with exit 2 and one line, and leaves no file', async () => {
  const cases: [string[], RegExp][] = [
    [['copy', '--out', join(dir, 'bad.mp4'), '--width', 'wide'], /^atenea: render: --width: got "wide"/],
    [['copy', '--out', join(dir, 'bad.avi')], /^atenea: render: --out: cannot tell the format/],
    [['copy', '--out', join(dir, 'bad.png'), '--theme', 'sepia'], /^atenea: render: --theme: got "sepia"; allowed: dark, light\n?$/],
    [[join(dir, 'missing.json'), '--out', join(dir, 'bad.mp4')], /^atenea: render: no file or preset named ".*missing\.json"/],
    [['copy', '--out', join(dir, 'bad.mp4'), '--to', '9999'], /^atenea: render: --to: got 9999; allowed: a frame from 0 to \d+/],
    [['copy', '--out', '/proc/atenea/bad.mp4'], /^atenea: render: --out: /],
  ];
  const bad = join(dir, 'bad-scenario.json');
  writeFileSync(bad, JSON.stringify({ module: 'ntm', memory: [[1, 2]], steps: [{ beta: 'big' }] }));
  cases.push([[bad, '--out', join(dir, 'bad.mp4')], /^atenea: render: .*bad-scenario\.json: /]);
  for (const [args, pattern] of cases) {
    const r = atenea(...args);
    expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  }
  expect(existsSync(join(dir, 'bad.mp4'))).toBe(false);
  const help = atenea('--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^usage: npm run --silent atenea -- render/);
});

test('render exits 3 with one line when no browser can start', async () => {
  const r = spawnSync('npm', ['run', '--silent', 'atenea', '--', 'render', 'copy', '--out', join(dir, 'none.webm')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CHROME_PATH: '/nonexistent/chromium' },
    timeout: 60_000,
  });
  expect(r.status).toBe(3);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/CHROME_PATH/);
  expect(existsSync(join(dir, 'none.webm'))).toBe(false);
});
