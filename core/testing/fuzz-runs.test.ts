import { afterEach, describe, expect, it } from 'vitest';
import { fuzzRuns } from './fuzz-runs.ts';

const saved = process.env['ATENEA_FUZZ_RUNS'];
afterEach(() => {
  if (saved === undefined) delete process.env['ATENEA_FUZZ_RUNS'];
  else process.env['ATENEA_FUZZ_RUNS'] = saved;
});

describe('fuzzRuns', () => {
  it("is the bounded run (fixed seed, the suite's count) unless npm run fuzz sets a factor", () => {
    delete process.env['ATENEA_FUZZ_RUNS'];
    expect(fuzzRuns(60, 13)).toEqual({ numRuns: 60, seed: 13 });
    process.env['ATENEA_FUZZ_RUNS'] = 'many';
    expect(fuzzRuns(60, 13)).toEqual({ numRuns: 60, seed: 13 });
  });
  it('multiplies the runs by ATENEA_FUZZ_RUNS, from one seed for the whole long run', () => {
    process.env['ATENEA_FUZZ_RUNS'] = '200';
    const a = fuzzRuns(60, 13);
    expect(a.numRuns).toBe(12_000);
    expect(fuzzRuns(150, 13).seed).toBe(a.seed);
    expect(Number.isInteger(a.seed)).toBe(true);
  });
});
