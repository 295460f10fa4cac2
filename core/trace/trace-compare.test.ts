import { describe, expect, it } from 'vitest';
import { buildTrace } from './trace.ts';
import { traceDifference } from './trace-compare.ts';

const trace = (w: ArrayLike<number>, note = 'a') => buildTrace('ntm', [[{ stage: 'content', data: { w, note, m: { rows: 1, data: [1, 2] } } }]]);

describe('traceDifference', () => {
  it('treats a typed array and a plain array of the same numbers as equal', () => {
    expect(traceDifference(trace(Float64Array.of(0.25, 0.75)), trace([0.25, 0.75]))).toBeNull();
  });
  it('names the first value that differs beyond the tolerance, and accepts it within', () => {
    expect(traceDifference(trace([0.25, 0.75]), trace([0.25, 0.7500001]))).toBe('frames[0].data.w[1]: 0.75 against 0.7500001');
    expect(traceDifference(trace([0.25, 0.75]), trace([0.25, 0.7500001]), 1e-5)).toBeNull();
  });
  it('reports lengths, fields, strings and modules', () => {
    expect(traceDifference(trace([1]), trace([1, 2]))).toBe('frames[0].data.w: length 1 against 2');
    expect(traceDifference(trace([1], 'a'), trace([1], 'b'))).toBe('frames[0].data.note: "a" against "b"');
    expect(traceDifference(trace([1]), { ...trace([1]), module: 'act' })).toBe('module: ntm against act');
  });
});
