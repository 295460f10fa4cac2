/**
 * `atenea render augmented-rnns --slides 1-3` through the real process (README "Giving a lecture"): the
 * first three slides (title, agenda, text) held --seconds-per-slide each, so the video has exactly
 * 3 × seconds × fps frames; a range past the end is refused naming --slides; a lesson file's text slide draws its
 * image from the lesson's folder. Small sizes, short on SwiftShader.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lessonJson from '#core/lesson/lessons/augmented-rnns.json' with { type: 'json' };
import { test, expect } from './fixtures.ts';
import { probeVideo } from './recording-helpers.ts';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'atenea-render-lesson-'));

function atenea(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', ['run', '--silent', 'atenea', '--', 'render', ...args], { cwd: root, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test.describe.configure({ timeout: 300_000 });

test('render augmented-rnns --slides 1-3 gives a video whose frame count matches the schedule', async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the command is the same in every project; run it once');
  expect(lessonJson.slides.slice(0, 3).map((s) => s.kind)).toEqual(['title', 'agenda', 'text']);
  const mp4 = join(dir, 'lecture.mp4');
  const r = atenea('augmented-rnns', '--slides', '1-3', '--seconds-per-slide', '2', '--out', mp4, '--width', '320', '--height', '180');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).toMatch(/render: wrote .*lecture\.mp4 \(180 frames\)/);
  expect(probeVideo(mp4)).toMatchObject({ codec: 'h264', width: 320, height: 180, frames: 3 * 2 * 30, fps: 30 }); // 3 text slides × 2 s × 30 fps

  const past = atenea('augmented-rnns', '--slides', `1-${lessonJson.slides.length + 1}`, '--out', join(dir, 'past.mp4'));
  expect(past.status).toBe(2);
  expect(past.stderr).toMatch(/--slides: .*allowed: slides from 1 to/);
});

/** Video frame `index` of `file` decoded by ffmpeg as rgb24 rows. */
function frameRgb(file: string, index: number, width: number, height: number): Buffer {
  const rgb = execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    file,
    '-vf',
    `select=eq(n\\,${index})`,
    '-frames:v',
    '1',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-',
  ]);
  expect(rgb.length).toBe(width * height * 3);
  return rgb;
}

/** How many pixels of video frame `index` are the test image's magenta. */
function magentaIn(file: string, index: number, width: number, height: number): number {
  const rgb = frameRgb(file, index, width, height);
  let n = 0;
  for (let i = 0; i < rgb.length; i += 3) if (rgb[i]! > 190 && rgb[i + 1]! < 90 && rgb[i + 2]! > 190) n++;
  return n;
}

/**
 * The longest horizontal stroke of ink (pixels far from the background's brightness) that has ink just above it
 * and just below it along its length: a typeset fraction's bar, with numerator over it and denominator under it.
 * Plain text ("(a)/(b)") has no such stroke.
 */
function longestFractionBar(rgb: Buffer, width: number, height: number): number {
  const lum = (x: number, y: number) => {
    const i = (y * width + x) * 3;
    return 0.3 * rgb[i]! + 0.59 * rgb[i + 1]! + 0.11 * rgb[i + 2]!;
  };
  const background = lum(1, height - 2);
  const ink = (x: number, y: number) => Math.abs(lum(x, y) - background) > 70;
  const inkNear = (x0: number, x1: number, ys: number[]) =>
    ys.some((y) => Array.from({ length: x1 - x0 }, (_, k) => ink(x0 + k, y)).filter(Boolean).length >= 3);
  let best = 0;
  for (let y = 10; y < height - 10; y++) {
    let x = 0;
    while (x < width) {
      if (!ink(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && ink(x, y)) x++;
      const above = [2, 3, 4, 5, 6, 7].map((d) => y - d);
      const below = [2, 3, 4, 5, 6, 7].map((d) => y + d);
      if (x - start > best && inkNear(start, x, above) && inkNear(start, x, below)) best = x - start;
    }
  }
  return best;
}

test('a text slide of a lesson file draws its image from the lesson’s folder', async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the command is the same in every project; run it once');
  const folder = mkdtempSync(join(tmpdir(), 'atenea-lesson-image-'));
  writeFileSync(
    join(folder, 'mark.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="#ff00ff"/></svg>',
  );
  const text = { kind: 'text', title: 'Moon', bullets: ['one line'] };
  const lessonFile = join(folder, 'mine.atenea-lesson.json');
  writeFileSync(lessonFile, JSON.stringify({ kind: 'lesson', id: 'mine', title: 'Mine', slides: [{ ...text, image: 'mark.svg' }, text] }));
  const mp4 = join(dir, 'image.mp4');
  const r = atenea(lessonFile, '--seconds-per-slide', '1', '--out', mp4, '--width', '320', '--height', '180');
  expect(r.status, r.stderr).toBe(0);
  // The image fills the room below the text (a good part of the picture); the same slide without it has none.
  expect(magentaIn(mp4, 0, 320, 180)).toBeGreaterThan(320 * 180 * 0.15);
  expect(magentaIn(mp4, 45, 320, 180)).toBe(0);
});

test('a text slide’s equation is typeset by KaTeX in the video, not drawn as its plain text', async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the command is the same in every project; run it once');
  const folder = mkdtempSync(join(tmpdir(), 'atenea-lesson-math-'));
  const equation = String.raw`\alpha_{t,j} = \frac{\exp(s_{t,j})}{\sum_{k=1}^{T} \exp(s_{t,k})}`;
  const lessonFile = join(folder, 'math.atenea-lesson.json');
  writeFileSync(lessonFile, JSON.stringify({ kind: 'lesson', id: 'math', title: 'Math', slides: [{ kind: 'text', title: 'Softmax', equations: [equation] }] }));
  const mp4 = join(dir, 'math.mp4');
  const r = atenea(lessonFile, '--seconds-per-slide', '1', '--out', mp4, '--width', '640', '--height', '360');
  expect(r.status, r.stderr).toBe(0);
  expect(r.stderr).not.toMatch(/plain text/);
  // The fraction's bar spans its denominator (several letters); plain text has no stroke with ink over and under it.
  expect(longestFractionBar(frameRgb(mp4, 0, 640, 360), 640, 360)).toBeGreaterThan(40);
});
