/**
 * A Neural Programmer trace with the program's outputs computed on WebGPU (core/gpu/programmer).
 *
 * The trace shows each operation's own result, which the WebGPU engine does not return: it returns what the
 * table reductions and comparisons give, the mixed outputs of every step (scalar, row selector, lookup). So on
 * the GPU the step outputs of the trace (soft and hard) are the engine's, and the per-operation break-down
 * beside them is the reference's; the two are checked to agree (float32 against float64) before the trace is
 * used, and a disagreement is an error (the backend then falls back to the reference).
 */
import { buildTrace } from '../../trace/trace.ts';
import type { ProgrammerGpuEngine, ProgrammerGpuStep } from './programmer-gpu-engine.ts';
import { scenarioWeights, type ProgrammerScenario } from '../../models/programmer/scenario.ts';
import { runProgrammerScenario, type ProgrammerFrameData, type ProgrammerTrace } from '../../models/programmer/trace.ts';
import { PROGRAMMER_STAGES, type StepResult } from '../../models/programmer/types.ts';

/** Relative tolerance of a GPU output against the reference (float32 sums over the table). */
export const GPU_TOLERANCE = 1e-4;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= GPU_TOLERANCE * (1 + Math.abs(b));
}

function checked(label: string, gpu: ArrayLike<number>, ref: ArrayLike<number>): void {
  for (let i = 0; i < ref.length; i++) {
    if (!close(gpu[i]!, ref[i]!)) throw new Error(`programmer: the WebGPU ${label}[${i}] (${gpu[i]}) differs from the reference (${ref[i]})`);
  }
}

/** A reference step result with the GPU's outputs, after checking they agree. */
export function withGpuOutputs(ref: StepResult, gpu: ProgrammerGpuStep, label: string): StepResult {
  checked(`${label} scalar`, [gpu.scalar], [ref.scalar]);
  checked(`${label} row selector`, gpu.rowSelector, ref.rowSelector);
  checked(`${label} lookup`, gpu.lookup, ref.lookup);
  return { ...ref, scalar: gpu.scalar, rowSelector: Float64Array.from(gpu.rowSelector), lookup: Float64Array.from(gpu.lookup) };
}

/** The trace of a scenario with every step's outputs computed by the WebGPU engine (soft and hard). */
export async function gpuProgrammerTrace(scenario: ProgrammerScenario, engine: ProgrammerGpuEngine): Promise<ProgrammerTrace> {
  const ref = runProgrammerScenario(scenario);
  const input = { table: scenario.table, pivot: scenario.pivot, steps: scenarioWeights(scenario) };
  const soft = await engine.run(input, 'soft');
  const hard = await engine.run(input, 'hard');
  const stepsOfStages = Array.from({ length: ref.steps }, (_, k) => {
    const r = ref.frames.find((f) => f.step === k)!.data;
    const data: ProgrammerFrameData = Object.freeze({
      ...r,
      soft: withGpuOutputs(r.soft, soft[k]!, `soft step ${k + 1}`),
      hard: withGpuOutputs(r.hard, hard[k]!, `hard step ${k + 1}`),
    });
    return PROGRAMMER_STAGES.map((stage) => ({ stage, data }));
  });
  return buildTrace('programmer', stepsOfStages);
}
