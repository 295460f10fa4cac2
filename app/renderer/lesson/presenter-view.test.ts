import { describe, expect, it } from 'vitest';
import { counterText, formatElapsed } from './presenter-view.ts';

describe('presenter view text', () => {
  it('formats the elapsed time as h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('0:00:00');
    expect(formatElapsed(61_500)).toBe('0:01:01');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00:00');
  });
  it('counts slides from 1 and frames within the slide span', () => {
    expect(counterText({ slide: 0, frame: 0, frames: null, blank: false, startedAt: 0 }, 24, 'en')).toBe('slide 1 / 24');
    expect(counterText({ slide: 6, frame: 5, frames: { first: 2, last: 11 }, blank: false, startedAt: 0 }, 24, 'es')).toBe(
      'diapositiva 7 / 24 · cuadro 4 / 10',
    );
  });
});
