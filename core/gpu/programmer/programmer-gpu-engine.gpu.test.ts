import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../math/random.ts';
import { useGpuDevice } from '../../testing/gpu-test-device.ts';
import { getComputeKernel } from '../common/kernel.ts';
import { runProgram } from '../../models/programmer/program.ts';
import { PROGRAMMER_PRESETS } from '../../models/programmer/presets.ts';
import { scenarioWeights } from '../../models/programmer/scenario.ts';
import { OPERATION_COUNT, type EvaluationMode, type ProgramInput, type StepWeights } from '../../models/programmer/types.ts';
import { createProgrammerGpuEngine, type ProgrammerGpuEngine } from './programmer-gpu-engine.ts';
import { PROGRAMMER_MODULES } from './programmer-shaders.ts';

const dawn = useGpuDevice();
let engine: ProgrammerGpuEngine;

beforeAll(async () => {
  engine = await createProgrammerGpuEngine(dawn.device);
});
afterAll(() => engine?.destroy());

/** A random program: integer cells in [−50, 50] (exact in float32), spread or one-hot weights. */
function randomInput(seed: number, rows: number, columns: number, steps: number, oneHotShare = 0.3): ProgramInput {
  const rng = seededRandom(seed);
  const data = new Float64Array(rows * columns);
  for (let k = 0; k < data.length; k++) data[k] = rng.int(-50, 50);
  const distribution = (n: number): Float64Array => {
    if (rng.next() < oneHotShare) {
      const v = new Float64Array(n);
      v[rng.int(0, n - 1)] = 1;
      return v;
    }
    const v = Float64Array.from({ length: n }, () => rng.next() + 0.01);
    const s = v.reduce((a, b) => a + b, 0);
    return v.map((x) => x / s);
  };
  const weights: StepWeights[] = Array.from({ length: steps }, () => ({
    op: distribution(OPERATION_COUNT),
    column: distribution(columns),
  }));
  // A pivot that is either a table value (equality must count as neither greater nor lesser) or between two.
  const pivot = rng.int(-40, 40) + (rng.next() < 0.5 ? 0 : 0.5);
  return { table: { rows, columns, columnNames: Array.from({ length: columns }, (_, j) => `c${j}`), data }, pivot, steps: weights };
}

/** Checks every output of every step against the float64 reference. */
async function expectMatchesReference(input: ProgramInput, mode: EvaluationMode): Promise<void> {
  const gpu = await engine.run(input, mode);
  const cpu = runProgram(input, mode);
  const M = input.table.rows;
  let maxAbsCell = 1;
  for (const x of input.table.data) maxAbsCell = Math.max(maxAbsCell, Math.abs(x));
  let scalarScale = 0;
  expect(gpu).toHaveLength(cpu.length);
  cpu.forEach((ref, s) => {
    const got = gpu[s]!;
    // Float32 sums over M rows: error grows with the magnitude summed, not with the (possibly cancelling) result.
    const sumTol = 1e-5 * (1 + M * maxAbsCell);
    ref.operations.sumPerColumn.forEach((v, j) => expect(Math.abs(got.sumPerColumn[j]! - v), `step ${s} sum ${j}`).toBeLessThanOrEqual(sumTol));
    expect(Math.abs(got.count - ref.operations.count), `step ${s} count`).toBeLessThanOrEqual(1e-5 * (1 + M));
    scalarScale = Math.max(scalarScale, Math.abs(ref.scalar));
    expect(Math.abs(got.scalar - ref.scalar), `step ${s} scalar`).toBeLessThanOrEqual(sumTol + 1e-5 * scalarScale);
    let worstRow = 0;
    ref.rowSelector.forEach((v, i) => (worstRow = Math.max(worstRow, Math.abs(got.rowSelector[i]! - v))));
    expect(worstRow, `step ${s} row selector`).toBeLessThanOrEqual(1e-5);
    let worstLookup = 0;
    ref.lookup.forEach((v, k) => (worstLookup = Math.max(worstLookup, Math.abs(got.lookup[k]! - v))));
    expect(worstLookup, `step ${s} lookup`).toBeLessThanOrEqual(1e-5);
  });
}

describe('programmer WGSL', () => {
  it('compiles every kernel of shaders/programmer', async () => {
    for (const [name, m] of Object.entries(PROGRAMMER_MODULES)) {
      const k = await getComputeKernel(dawn.device, { label: name, code: m.code, entryPoint: m.entryPoint });
      expect(k.pipeline).toBeDefined();
    }
  });

  it('gives the presets’ answers (4 rows with X > 10; Σ Y where X < 5 = 33; the soft mixture 12.6178)', async () => {
    for (const p of PROGRAMMER_PRESETS) {
      const input = { table: p.scenario.table, pivot: p.scenario.pivot, steps: scenarioWeights(p.scenario) };
      await expectMatchesReference(input, 'soft');
      await expectMatchesReference(input, 'hard');
      const hard = await engine.run(input, 'hard');
      if (p.expectedAnswer !== undefined) expect(hard[hard.length - 1]!.scalar).toBe(p.expectedAnswer);
    }
    const soft = programmerSoft();
    expect((await engine.run(soft, 'soft'))[1]!.scalar).toBeCloseTo(12.6178, 4);
  });

  it('matches the float64 reference for random tables and weights (soft and hard)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 40_000 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<EvaluationMode>('soft', 'hard'),
        async (seed, rows, columns, steps, mode) => {
          await expectMatchesReference(randomInput(seed, rows, columns, steps), mode);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('handles one row, one column and many columns (wider than a workgroup pass)', async () => {
    await expectMatchesReference(randomInput(1, 1, 1, 4), 'soft');
    await expectMatchesReference(randomInput(2, 1, 5, 3), 'soft');
    await expectMatchesReference(randomInput(3, 300, 64, 2), 'soft');
    await expectMatchesReference(randomInput(4, 70_000, 1, 3, 0), 'soft');
  });

  it('runs a 1,000,000-row table: greater then count gives the exact number of rows', async () => {
    const input = randomInput(11, 1_000_000, 2, 4, 0);
    await expectMatchesReference(input, 'soft');
    const op = (k: number): Float64Array => Float64Array.from({ length: OPERATION_COUNT }, (_, i) => (i === k ? 1 : 0));
    const program: ProgramInput = {
      ...input,
      pivot: 10,
      steps: [
        { op: op(3), column: Float64Array.of(1, 0) },
        { op: op(1), column: Float64Array.of(1, 0) },
      ],
    };
    let expected = 0;
    for (let i = 0; i < input.table.rows; i++) if (input.table.data[i * 2]! > 10) expected++;
    const gpu = await engine.run(program, 'hard');
    expect(gpu[1]!.scalar).toBe(expected);
    expect(runProgram(program, 'hard')[1]!.scalar).toBe(expected);
  });
});

function programmerSoft(): ProgramInput {
  const p = PROGRAMMER_PRESETS.find((x) => x.id === 'soft')!;
  return { table: p.scenario.table, pivot: p.scenario.pivot, steps: scenarioWeights(p.scenario) };
}
