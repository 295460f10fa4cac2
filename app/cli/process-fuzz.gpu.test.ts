/**
 * The real `atenea compute` process on generated valid input (fast-check), every module, on both backends:
 * exit 0, nothing on stderr from the command, every output number finite, and `--backend webgpu` (float32, through
 * Dawn) within 1e-5 × max(1, |x|) of `--backend cpu` (float64), as README "The WebGPU backend's number range"
 * states. Each run sends one batch of cases to each backend. Bounded like process-fuzz.test.ts (fixed seed, two
 * batches per module; `npm run fuzz` runs more).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processRuns } from './process-fuzz-runs.ts';
import { lastLine, runAteneaProcess } from './run-atenea-process.ts';

/** Numbers in [lo, hi] on a grid of 1/1000: away from float32's range edges, like a lecturer's values. */
const num = (lo: number, hi: number): fc.Arbitrary<number> => fc.integer({ min: Math.round(lo * 1000), max: Math.round(hi * 1000) }).map((k) => k / 1000);
const vec = (n: number, lo = -1, hi = 1): fc.Arbitrary<number[]> => fc.array(num(lo, hi), { minLength: n, maxLength: n });
const mat = (rows: number, columns: number, lo = -1, hi = 1): fc.Arbitrary<number[][]> => fc.array(vec(columns, lo, hi), { minLength: rows, maxLength: rows });
/** A probability vector of length n (positive entries summing to 1). */
const dist = (n: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }).map((v) => {
    const s = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / s);
  });

const ntmCase = fc.record({ n: fc.integer({ min: 1, max: 6 }), m: fc.integer({ min: 1, max: 4 }), k: fc.integer({ min: 0, max: 2 }) }).chain(({ n, m, k }) =>
  fc.record({
    memory: mat(n, m),
    key: vec(m),
    beta: num(0, 20),
    gate: num(0, 1),
    shift: dist(2 * k + 1),
    gamma: num(1, 4),
    previousWeights: dist(n),
    erase: vec(m, 0, 1),
    add: vec(m),
  }),
);

const attentionCase = fc
  .record({
    score: fc.constantFrom('dot', 'general', 'additive'),
    t: fc.integer({ min: 1, max: 6 }),
    dq: fc.integer({ min: 1, max: 5 }),
    dk: fc.integer({ min: 1, max: 5 }),
    dv: fc.integer({ min: 1, max: 5 }),
    a: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ score, t, dq, dk, dv, a }) => {
    const keyWidth = score === 'dot' ? dq : dk;
    const common = { score: fc.constant(score), query: vec(dq), keys: mat(t, keyWidth), values: mat(t, dv) };
    if (score === 'dot') return fc.record(common);
    if (score === 'general') return fc.record({ ...common, W: mat(dq, keyWidth) });
    return fc.record({ ...common, W: mat(a, dq), U: mat(a, keyWidth), v: vec(a), b: vec(a), bv: num(-1, 1) });
  });

const actCase = fc.record({ n: fc.integer({ min: 1, max: 5 }), d: fc.integer({ min: 1, max: 4 }) }).chain(({ n, d }) =>
  fc.record({
    // The last halting value is 1, so the sum reaches 1 − ε by step n at the latest.
    halting: vec(n - 1, 0, 1).map((h) => [...h, 1]),
    states: mat(n, d),
    epsilon: fc.constantFrom(0.01, 0.1),
    maxSteps: fc.integer({ min: 1, max: 10 }),
  }),
);

const OPS = ['sum', 'count', 'difference', 'greater', 'lesser', 'and', 'or', 'assign', 'reset'];
const programmerCase = fc.record({ r: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 1, max: 3 }) }).chain(({ r, c }) =>
  fc.record({
    // Whole numbers: representable in float32, so the GPU's comparisons are exact (README, compute programmer).
    table: fc.array(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    pivot: fc.integer({ min: -20, max: 20 }),
    steps: fc.array(fc.record({ op: fc.constantFrom(...OPS), column: fc.integer({ min: 0, max: c - 1 }).map((i) => `c${i}`) }), {
      minLength: 1,
      maxLength: 3,
    }),
    mode: fc.constantFrom('soft', 'hard', 'both'),
  }),
);

const MODULES: Record<string, fc.Arbitrary<unknown>> = { ntm: ntmCase, attention: attentionCase, act: actCase, programmer: programmerCase };

/** Every number of `gpu` finite and within 1e-5 × max(1, |cpu|) of the same number of `cpu` (same shape, same keys). */
function expectAgreement(gpu: unknown, cpu: unknown, path = ''): void {
  if (typeof cpu === 'number') {
    expect(typeof gpu, path).toBe('number');
    expect(Number.isFinite(cpu) && Number.isFinite(gpu), path).toBe(true);
    expect(Math.abs((gpu as number) - cpu), `${path}: ${gpu} against ${cpu}`).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(cpu)));
  } else if (Array.isArray(cpu)) {
    expect((gpu as unknown[]).length, path).toBe(cpu.length);
    cpu.forEach((c, i) => expectAgreement((gpu as unknown[])[i], c, `${path}[${i}]`));
  } else if (typeof cpu === 'object' && cpu !== null) {
    expect(Object.keys(gpu as object), path).toEqual(Object.keys(cpu));
    for (const [k, v] of Object.entries(cpu)) expectAgreement((gpu as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    // No null (a non-finite number written as JSON) and no other value where a number belongs.
    expect.fail(`${path}: ${String(cpu)} is not a number`);
  }
}

describe('the atenea process on generated valid input: finite numbers, both backends agree (property)', () => {
  for (const [module, oneCase] of Object.entries(MODULES)) {
    it(`compute ${module}: a batch on --backend cpu and --backend webgpu`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(oneCase, { minLength: 1, maxLength: 8 }), async (cases) => {
          const stdin = JSON.stringify(cases);
          const cpu = await runAteneaProcess(['compute', module, '--backend', 'cpu'], stdin);
          expect([cpu.code, cpu.stderr]).toEqual([0, '']);
          const gpu = await runAteneaProcess(['compute', module, '--backend', 'webgpu'], stdin);
          expect(gpu.code, lastLine(gpu.stderr)).toBe(0);
          const cpuOut = JSON.parse(cpu.stdout) as unknown[];
          expect(cpuOut).toHaveLength(cases.length);
          expectAgreement(JSON.parse(gpu.stdout), cpuOut);
        }),
        processRuns(2, 41),
      );
    });
  }
});
