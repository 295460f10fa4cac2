import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinLesson } from '#core/lesson/builtin.ts';
import { parseRenderArgs } from './render-args.ts';
import { lessonChoice, lessonImages, lessonTarget } from './render-lesson.ts';

const lesson = builtinLesson('augmented-rnns')!;
const files: Record<string, string> = {
  'mine.json': JSON.stringify({ ...lesson, id: 'mine' }),
  'bad.atenea-lesson.json': JSON.stringify({ ...lesson, slides: [{ kind: 'movie', title: 'x' }] }),
  'scenario.json': JSON.stringify({ module: 'ntm' }),
};
const read = async (path: string) => files[path];

describe('render: a lesson target', () => {
  it('knows the built-in lesson and lesson files, and leaves scenarios and presets alone', async () => {
    expect((await lessonTarget('augmented-rnns', read))?.id).toBe('augmented-rnns');
    expect((await lessonTarget('mine.json', read))?.id).toBe('mine');
    expect(await lessonTarget('scenario.json', read)).toBeNull();
    expect(await lessonTarget('copy', read)).toBeNull();
    expect(await lessonTarget('missing.json', read)).toBeNull();
  });
  it('refuses a bad lesson file naming the field (exit 2)', async () => {
    await expect(lessonTarget('bad.atenea-lesson.json', read)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^render: bad\.atenea-lesson\.json: slides\[0\]\.kind: .*allowed/),
    });
  });
  it('turns the arguments into the page’s choice (0-based slides) and refuses a range past the end or a GIF', () => {
    const choice = lessonChoice(lesson, parseRenderArgs(['augmented-rnns', '--out', 'l.mp4', '--slides', '1-3', '--lang', 'en']));
    expect(choice).toMatchObject({
      format: 'mp4',
      fromSlide: 0,
      toSlide: 2,
      secondsPerSlide: 4,
      fps: 30,
      language: 'en',
      narration: false,
    });
    expect(lessonChoice(lesson, parseRenderArgs(['augmented-rnns', '--out', 'l.webm']))).toMatchObject({
      fromSlide: 0,
      toSlide: lesson.slides.length - 1,
    });
    expect(() => lessonChoice(lesson, parseRenderArgs(['augmented-rnns', '--out', 'l.mp4', '--slides', `1-${lesson.slides.length + 1}`]))).toThrow(
      /--slides: .*allowed: slides from 1 to 24/,
    );
    expect(() => lessonChoice(lesson, parseRenderArgs(['augmented-rnns', '--out', 'l.gif']))).toThrow(/--format: got gif; allowed for a lesson: mp4, webm/);
  });
});

describe('render: the images of a lesson file', () => {
  it('reads the images in the lesson’s folder as data URLs, leaves the others to the app’s bundled images, refuses other types', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atenea-lesson-images-'));
    try {
      writeFileSync(join(dir, 'mark.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>');
      const text = (image: string) => ({ kind: 'text' as const, title: 'x', image });
      const mine = { ...lesson, slides: [text('mark.svg'), text('bundled.png'), lesson.slides[0]!] };
      const images = await lessonImages(mine, dir);
      expect(Object.keys(images)).toEqual(['mark.svg']);
      expect(Buffer.from(images['mark.svg']!.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()).toContain('<svg');
      await expect(lessonImages({ ...lesson, slides: [text('notes.txt')] }, dir)).rejects.toMatchObject({
        exitCode: 2,
        message: expect.stringMatching(/slides\[0\]\.image: .*allowed: a \.png/),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
