import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimelineError, createSchedule } from './schedule.ts';

const base = { frameCount: 10, from: 0, to: 3, fps: 30, secondsPerStep: 0.5, secondsPerTransition: 0.2 };

describe('createSchedule', () => {
  it('has exactly fps × duration frames with exact timestamps', () => {
    const s = createSchedule(base);
    expect(s.frameCount).toBe(60);
    expect(s.duration).toBe(2);
    expect(s.timestamp(0)).toBe(0);
    expect(s.timestamp(59)).toBeCloseTo(59 / 30, 12);
    expect(createSchedule({ ...base, to: 9, secondsPerStep: 1 }).frameCount).toBe(300);
  });

  it('rests on the first frame, then transitions into each next frame and rests', () => {
    const s = createSchedule(base);
    expect(s.at(0)).toEqual({ frame: 0, fromFrame: 0, progress: 1 });
    expect(s.at(14)).toEqual({ frame: 0, fromFrame: 0, progress: 1 });
    expect(s.at(15)).toEqual({ frame: 1, fromFrame: 0, progress: 0 });
    const mid = s.at(18); // 0.1 s into a 0.2 s transition: smoothstep(0.5) = 0.5
    expect(mid.frame).toBe(1);
    expect(mid.fromFrame).toBe(0);
    expect(mid.progress).toBeCloseTo(0.5, 12);
    expect(s.at(21)).toEqual({ frame: 1, fromFrame: 1, progress: 1 });
    expect(s.at(59)).toEqual({ frame: 3, fromFrame: 3, progress: 1 });
  });

  it('starts at from and ends at to', () => {
    const s = createSchedule({ ...base, from: 4, to: 6 });
    expect(s.at(0).frame).toBe(4);
    expect(s.at(s.frameCount - 1).frame).toBe(6);
  });

  it('handles float noise in seconds × fps (0.1 s at 30 fps is 3 frames)', () => {
    const s = createSchedule({ ...base, secondsPerStep: 0.1, secondsPerTransition: 0 });
    expect(s.frameCount).toBe(12);
    expect([0, 1, 2, 3, 4, 5, 6].map((k) => s.at(k).frame)).toEqual([0, 0, 0, 1, 1, 1, 2]);
  });

  it('names the refused option', () => {
    const bad: [Partial<typeof base>, string][] = [
      [{ from: -1 }, 'from'],
      [{ to: 10 }, 'to'],
      [{ from: 3, to: 2 }, 'to'],
      [{ fps: 0 }, 'fps'],
      [{ secondsPerStep: Number.NaN }, 'secondsPerStep'],
      [{ secondsPerTransition: 0.6 }, 'secondsPerTransition'],
      [{ frameCount: 0, from: 0, to: 0 }, 'frameCount'],
    ];
    for (const [patch, option] of bad) {
      try {
        createSchedule({ ...base, ...patch });
        expect.unreachable(`accepted ${JSON.stringify(patch)}`);
      } catch (e) {
        expect(e).toBeInstanceOf(TimelineError);
        expect((e as TimelineError).option).toBe(option);
      }
    }
    expect(() => createSchedule(base).at(60)).toThrow(RangeError);
  });

  it('is monotone: the shown frame never goes back and stays in the range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 0, max: 11 }),
        fc.constantFrom(24, 25, 30, 50, 60),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, a, b, fps, sps, share) => {
          const from = Math.min(a, b, n - 1);
          const to = Math.min(Math.max(a, b), n - 1);
          const s = createSchedule({ frameCount: n, from, to, fps, secondsPerStep: sps, secondsPerTransition: sps * share });
          expect(s.frameCount).toBe(Math.max(1, Math.round((to - from + 1) * sps * fps)));
          let prev = from;
          for (let k = 0; k < s.frameCount; k++) {
            const p = s.at(k);
            expect(p.frame).toBeGreaterThanOrEqual(prev);
            expect(p.frame).toBeLessThanOrEqual(to);
            expect(p.progress).toBeGreaterThanOrEqual(0);
            expect(p.progress).toBeLessThanOrEqual(1);
            expect(p.frame - p.fromFrame).toBeLessThanOrEqual(1);
            prev = p.frame;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
