import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededRandom } from '../../math/random.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { attentionSequence, attentionStep, matrixFromRows, scoreAll } from '../../models/attention/reference.ts';
import type { AttentionSequenceInput, RowMajor, ScoreFunction, ScoreParameters } from '../../models/attention/types.ts';
import { createAttentionGpuEngine, type AttentionGpuEngine } from './attention-gpu-engine.ts';

const dawn = useGpuDevice();
let engine: AttentionGpuEngine;
beforeAll(async () => {
  engine = await createAttentionGpuEngine(dawn.device);
});
afterAll(() => engine?.destroy());

/** A random matrix with float32-exact entries uniform in [−r, r] (so the reference sees the GPU's inputs). */
function randomMatrix(rnd: () => number, rows: number, columns: number, r: number): RowMajor {
  return { rows, columns, data: Float64Array.from({ length: rows * columns }, () => Math.fround((rnd() * 2 - 1) * r)) };
}
const abs = (m: RowMajor): RowMajor => ({ ...m, data: m.data.map(Math.abs) });

interface Shape {
  score: ScoreFunction;
  S: number;
  T: number;
  dq: number;
  dk: number;
  dv: number;
  A: number;
  masked: boolean;
  size: number;
  seed: number;
}

function makeCase(shape: Shape): AttentionSequenceInput {
  const random = seededRandom(shape.seed);
  const rnd = (): number => random.next();
  const { score, S, T, dk, dv, A } = shape;
  const dq = score === 'dot' ? dk : shape.dq;
  // Entries scaled so that Σ|terms| of a score is about `size`: scores stay where float32 keeps 1e-5 in the weights.
  const queries = randomMatrix(rnd, S, dq, Math.sqrt(shape.size / Math.max(dq, dk)) * 2);
  const keys = randomMatrix(rnd, T, dk, 2);
  const values = randomMatrix(rnd, T, dv, 1);
  const mask = Array.from({ length: T }, () => !shape.masked || rnd() < 0.6);
  mask[random.int(0, T - 1)] = true;
  let params: ScoreParameters;
  if (score === 'dot') params = { score };
  else if (score === 'general') params = { score, W: randomMatrix(rnd, dq, dk, 1 / Math.sqrt(dq)) };
  else {
    params = {
      score,
      W: randomMatrix(rnd, A, dq, 1),
      U: randomMatrix(rnd, A, dk, 1 / Math.sqrt(dk)),
      v: randomMatrix(rnd, 1, A, Math.sqrt(shape.size / A)).data,
      b: randomMatrix(rnd, 1, A, 1).data,
      bv: Math.fround(rnd() - 0.5),
    };
  }
  return { ...params, queries, keys, values, mask };
}

/** Σ|terms| of each score: the size its float32 rounding error is relative to. */
function scoreScales(input: AttentionSequenceInput, t: number): Float64Array {
  const q = input.queries.data.subarray(t * input.queries.columns, (t + 1) * input.queries.columns).map(Math.abs);
  if (input.score !== 'additive') {
    const p: ScoreParameters = input.score === 'dot' ? { score: 'dot' } : { score: 'general', W: abs(input.W) };
    return scoreAll(p, q, abs(input.keys));
  }
  const A = input.W.rows;
  // |W| |q| + |b|, once per step; then per position Σ_a |v_a| (1 + that + (|U| |h_j|)_a) + |b_v|.
  const wq = new Float64Array(A);
  for (let a = 0; a < A; a++) {
    wq[a] = Math.abs(input.b[a]!);
    for (let i = 0; i < input.W.columns; i++) wq[a]! += Math.abs(input.W.data[a * input.W.columns + i]! * q[i]!);
  }
  const out = new Float64Array(input.keys.rows);
  for (let j = 0; j < input.keys.rows; j++) {
    let s = Math.abs(input.bv);
    for (let a = 0; a < A; a++) {
      let inner = wq[a]!;
      for (let k = 0; k < input.U.columns; k++) inner += Math.abs(input.U.data[a * input.U.columns + k]! * input.keys.data[j * input.U.columns + k]!);
      s += Math.abs(input.v[a]!) * (1 + inner);
    }
    out[j] = s;
  }
  return out;
}

async function checkAgainstReference(input: AttentionSequenceInput, weightTolerance = 1e-5): Promise<void> {
  const got = await engine.sequence(input);
  const want = attentionSequence(input);
  const S = input.queries.rows;
  const T = input.keys.rows;
  const dv = input.values.columns;
  for (let t = 0; t < S; t++) {
    const scale = scoreScales(input, t);
    for (let j = 0; j < T; j++) {
      const g = got.scores.data[t * T + j]!;
      const w = want.scores.data[t * T + j]!;
      if (!input.mask[j]) {
        expect(g).toBe(Number.NEGATIVE_INFINITY);
        expect(got.weights.data[t * T + j]).toBe(0);
        continue;
      }
      if (Math.abs(g - w) > 1e-5 * Math.max(1, scale[j]!)) expect.fail(`step ${t} score ${j}: ${g} vs ${w} (scale ${scale[j]})`);
      const ga = got.weights.data[t * T + j]!;
      const wa = want.weights.data[t * T + j]!;
      if (Math.abs(ga - wa) > weightTolerance) expect.fail(`step ${t} weight ${j}: ${ga} vs ${wa}`);
    }
    for (let d = 0; d < dv; d++) {
      const g = got.contexts.data[t * dv + d]!;
      const w = want.contexts.data[t * dv + d]!;
      if (Math.abs(g - w) > 1e-5) expect.fail(`step ${t} context ${d}: ${g} vs ${w}`);
    }
  }
}

describe('attention on WebGPU against the float64 reference', () => {
  it('hand-checked: equal keys uniform, a mask zeroes its positions, T = 1 gives weight 1', async () => {
    const same = matrixFromRows([
      [0.5, -1],
      [0.5, -1],
      [0.5, -1],
      [0.5, -1],
    ]);
    const u = await engine.step({ score: 'dot', query: Float64Array.of(3, 2), keys: same, values: same, mask: [true, true, true, true] });
    expect(Array.from(u.weights)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(u.context)).toEqual([0.5, -1]);
    const keys = matrixFromRows([
      [1, 0],
      [0, 1],
      [1, 1],
    ]);
    const m = await engine.step({ score: 'dot', query: Float64Array.of(2, 0), keys, values: keys, mask: [false, true, true] });
    expect(m.weights[0]).toBe(0);
    expect(m.scores[0]).toBe(Number.NEGATIVE_INFINITY);
    expect(m.weights[2]! / m.weights[1]!).toBeCloseTo(Math.exp(2), 5);
    const one = matrixFromRows([[7, -3]]);
    const o = await engine.step({
      score: 'general',
      W: matrixFromRows([
        [1, 2],
        [3, 4],
      ]),
      query: Float64Array.of(100, 100),
      keys: one,
      values: one,
      mask: [true],
    });
    expect(Array.from(o.weights)).toEqual([1]);
    expect(Array.from(o.context)).toEqual([7, -3]);
  });

  it('scores in the hundreds do not overflow (weights within 1e-5 of float64)', async () => {
    const keys = matrixFromRows([[1000], [999], [-1000], [500], [999.5]]);
    const input = { score: 'dot' as const, query: Float64Array.of(0.75), keys, values: keys, mask: [true, true, true, true, true] };
    const got = await engine.step(input);
    const want = attentionStep(input);
    expect(got.weights.every(Number.isFinite)).toBe(true);
    got.weights.forEach((a, j) => expect(Math.abs(a - want.weights[j]!)).toBeLessThan(1e-5));
    const additive = await engine.step({
      score: 'additive',
      W: matrixFromRows([[1]]),
      U: matrixFromRows([[1]]),
      v: Float64Array.of(400),
      b: Float64Array.of(0),
      bv: 250,
      query: Float64Array.of(0),
      keys: matrixFromRows([[30], [-30], [0.5]]),
      values: matrixFromRows([[1], [2], [3]]),
      mask: [true, true, true],
    });
    expect(Array.from(additive.weights)).toEqual([1, 0, 0]);
    expect(additive.scores[0]).toBe(650);
  });

  for (const score of ['dot', 'general', 'additive'] as const) {
    it(`property (${score}): T in [1, 4096], dimensions in [1, 256], with and without a mask, within 1e-5`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            S: fc.integer({ min: 1, max: 4 }),
            T: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 4096 })),
            dq: fc.integer({ min: 1, max: 256 }),
            dk: fc.integer({ min: 1, max: 256 }),
            dv: fc.integer({ min: 1, max: 256 }),
            A: fc.integer({ min: 1, max: 256 }),
            masked: fc.boolean(),
            size: fc.double({ min: 0.05, max: 12, noNaN: true }),
            seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          }),
          async (shape) => {
            // Keep the float64 reference quick on two CPU cores: T·Dk·A ≤ 2²⁴ for additive.
            const T = score === 'additive' ? Math.max(1, Math.min(shape.T, Math.floor(2 ** 24 / (shape.dk * shape.A)))) : shape.T;
            await checkAgainstReference(makeCase({ ...shape, T, score }));
          },
        ),
        { numRuns: 10 },
      );
    });
  }

  it('property (vec4 kernels): Dq, Dk, Dv and A multiples of 4, T not, every score function, within 1e-5', async () => {
    // rows-dot.wgsl (4 × 4 tiles with clamped edges) and weighted-values.wgsl run only then (else the scalar matmul).
    const quarter = fc.integer({ min: 1, max: 48 }).map((n) => 4 * n);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          score: fc.constantFrom('dot' as const, 'general' as const, 'additive' as const),
          S: fc.integer({ min: 1, max: 7 }),
          T: fc.integer({ min: 1, max: 700 }),
          dq: quarter,
          dk: quarter,
          dv: quarter,
          A: quarter,
          masked: fc.boolean(),
          size: fc.double({ min: 0.05, max: 12, noNaN: true }),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        }),
        (shape) => checkAgainstReference(makeCase(shape)),
      ),
      { numRuns: 12 },
    );
  });

  it('the large sizes once each: T = 4,096 with Dq = Dk = Dv = 256, all three score functions, masked', async () => {
    // Additive with A = 64 hidden units keeps the float64 reference (T·Dk·A products) to a few seconds here.
    for (const score of ['dot', 'general', 'additive'] as const) {
      await checkAgainstReference(
        makeCase({ score, S: score === 'additive' ? 1 : 4, T: 4096, dq: 256, dk: 256, dv: 256, A: 64, masked: true, size: 8, seed: 2014 }),
      );
    }
  });
});
