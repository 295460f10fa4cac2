import { describe, expect, it } from 'vitest';
import { findFrame, frameAt } from './frames.ts';

describe('test frame pickers', () => {
  const trace = {
    frames: [
      { index: 0, stage: 'a' },
      { index: 1, stage: 'b' },
    ],
  };
  it('pick by index (negative from the end) and by predicate', () => {
    expect(frameAt(trace, 1).stage).toBe('b');
    expect(frameAt(trace, -2).stage).toBe('a');
    expect(findFrame(trace, (f) => f.stage === 'b').index).toBe(1);
  });
  it('throw a one-line message when the frame is missing', () => {
    expect(() => frameAt(trace, 2)).toThrow("index 2 is outside the trace's 2 frames");
    expect(() => findFrame(trace, (f) => f.stage === 'c')).toThrow("none of the trace's 2 frames matches");
  });
});
