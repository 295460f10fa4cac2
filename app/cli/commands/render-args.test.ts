import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.ts';
import { parseRenderArgs } from './render-args.ts';

function error(argv: string[]): { code: number; message: string } {
  try {
    parseRenderArgs(argv);
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, message: e.message };
    throw e;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parseRenderArgs', () => {
  it('takes the format from the extension and fills defaults', () => {
    const a = parseRenderArgs(['copy', '--out', 'x.webm']);
    expect(a).toMatchObject({
      target: 'copy',
      out: 'x.webm',
      format: 'webm',
      width: 1280,
      height: 720,
      fps: 30,
      secondsPerStep: 1,
      secondsPerTransition: 0.3,
      language: 'es',
      sequence: false,
    });
    expect(parseRenderArgs(['copy', '--out=a.gif']).fps).toBe(25);
    expect(parseRenderArgs(['copy', '--out', 'one.png']).sequence).toBe(false);
    expect(parseRenderArgs(['copy', '--out', 'frames', '--format', 'png'])).toMatchObject({ format: 'png', sequence: true, zip: false });
    expect(parseRenderArgs(['copy', '--out', 'frames.zip'])).toMatchObject({ format: 'png', sequence: true, zip: true });
    expect(
      parseRenderArgs([
        'f.json',
        '--out',
        'v.mp4',
        '--width',
        '640',
        '--height',
        '360',
        '--fps',
        '60',
        '--from',
        '2',
        '--to',
        '5',
        '--lang',
        'en',
        '--seconds-per-step',
        '0.5',
        '--seconds-per-transition',
        '0.25',
      ]),
    ).toMatchObject({ width: 640, height: 360, fps: 60, from: 2, to: 5, language: 'en', secondsPerStep: 0.5, secondsPerTransition: 0.25 });
    expect(parseRenderArgs(['--help']).help).toBe(true);
    expect(parseRenderArgs(['copy', '--out', 'x.png']).theme).toBe('dark');
    expect(parseRenderArgs(['copy', '--out', 'x.png', '--theme', 'light']).theme).toBe('light');
    expect(parseRenderArgs(['copy', '--out', 'x.png', '--theme=dark']).theme).toBe('dark');
  });

  it('refuses each bad argument with exit 2 and one line naming it', () => {
    const cases: [string[], RegExp][] = [
      [['--out', 'x.mp4'], /missing scenario/],
      [['copy'], /--out: missing/],
      [['copy', '--out', 'x.avi'], /--out: cannot tell the format/],
      [['copy', '--out', 'x.mp4', '--format', 'webm'], /--out: the extension \.mp4 does not match --format webm/],
      [['copy', '--out', 'x', '--format', 'mov'], /--format: got "mov"/],
      [['copy', '--out', 'x.mp4', '--width', '0'], /--width: got "0"/],
      [['copy', '--out', 'x.mp4', '--height', 'tall'], /--height: got "tall"/],
      [['copy', '--out', 'x.gif', '--fps', '30'], /--fps: got 30; allowed for GIF: 25 or 50/],
      [['copy', '--out', 'x.mp4', '--fps', '5'], /^render: --fps: got 5; allowed for MP4: 24, 25, 30, 50 or 60$/],
      [['copy', '--out', 'frames.zip', '--fps', '240'], /--fps: got 240; allowed for PNG: 24, 25, 30, 50 or 60/],
      [['copy', '--out', 'x.mp4', '--from', '4', '--to', '2'], /--to: got 2/],
      [['copy', '--out', 'x.mp4', '--seconds-per-step', '0.2', '--seconds-per-transition', '0.5'], /--seconds-per-transition/],
      [['copy', '--out', 'x.mp4', '--lang', 'fr'], /--lang: got "fr"/],
      [['copy', '--out', 'x.mp4', '--theme', 'sepia'], /^render: --theme: got "sepia"; allowed: dark, light$/],
      [['copy', '--out', 'x.mp4', '--bogus'], /unknown option "--bogus"/],
      [['copy', 'lookup', '--out', 'x.mp4'], /unexpected argument "lookup"/],
      [['copy', '--out', 'x.mp4', '--fps'], /--fps: got nothing/],
      [['copy', '--out', 'x.zip', '--format', 'gif'], /--out: the extension \.zip does not match|a \.zip holds/],
    ];
    for (const [argv, pattern] of cases) {
      const e = error(argv);
      expect(e.code, argv.join(' ')).toBe(2);
      expect(e.message, argv.join(' ')).toMatch(pattern);
      expect(e.message).toMatch(/^render: /);
      expect(e.message).not.toContain('\n');
    }
  });
});

describe('render a lesson: --slides, --seconds-per-slide, --narration', () => {
  it('reads the range, the hold and the flag, with their defaults', () => {
    const a = parseRenderArgs(['augmented-rnns', '--out', 'l.mp4', '--slides', '1-3', '--seconds-per-slide', '2.5', '--narration']);
    expect(a).toMatchObject({ target: 'augmented-rnns', slides: { from: 1, to: 3 }, secondsPerSlide: 2.5, narration: true });
    expect(parseRenderArgs(['augmented-rnns', '--out', 'l.mp4', '--slides=7'])).toMatchObject({
      slides: { from: 7, to: 7 },
      secondsPerSlide: 4,
      narration: false,
    });
    expect(parseRenderArgs(['augmented-rnns', '--out', 'l.mp4']).slides).toBeUndefined();
  });
  it('refuses a bad range or hold naming the option', () => {
    expect(() => parseRenderArgs(['x', '--out', 'l.mp4', '--slides', '3-1'])).toThrow(/^render: --slides: got "3-1"; allowed: A-B/);
    expect(() => parseRenderArgs(['x', '--out', 'l.mp4', '--slides', '0-2'])).toThrow(/--slides/);
    expect(() => parseRenderArgs(['x', '--out', 'l.mp4', '--slides', 'all'])).toThrow(/--slides/);
    expect(() => parseRenderArgs(['x', '--out', 'l.mp4', '--seconds-per-slide', '0'])).toThrow(
      /--seconds-per-slide: got "0"; allowed: a number from 0.1 to 600/,
    );
  });
});
