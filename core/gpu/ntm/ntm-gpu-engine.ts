/**
 * The Neural Turing Machine on WebGPU: every stage of a head step (Graves, Wayne & Danihelka 2014, eqs. 2–9)
 * as WGSL kernels run back to back on any GPUDevice (the browser's, or Dawn's in Node), with no read-back
 * between stages. Values are float32 on the GPU and come back as Float64Array, within 1e-5 of the float64
 * reference (core/models/ntm/step.ts).
 *
 * ```ts
 * const engine = await createNtmGpuEngine(device);
 * const result = await engine.step(input);          // one step, every stage read back once at the end
 *
 * await engine.load(input);                         // lower level: upload once ...
 * engine.run(1000);                                 // ... 1000 fused steps, each feeding the next ...
 * await device.queue.onSubmittedWorkDone();
 * const last = await engine.readBack();             // ... one read-back of the last step
 * ```
 * In Node, get the device with `requestDawnDevice()` (app/node/dawn-device.ts) first: it installs the
 * WebGPU globals. Plans (pipelines, buffers, bind groups) are reused while N, M and the shift width stay the same.
 */
import { readBackF32 } from '../common/buffers.ts';
import { checkNtmInputFloat32 } from '../common/engine-input-checks.ts';
import { recordDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import type { NtmWriteMode } from '../../models/ntm/scenario.ts';
import type { NtmStepBatch, NtmStepInput, NtmStepResult, NtmStepper } from '../../models/ntm/types.ts';
import { batchShiftWidth, runNtmBatch } from './ntm-batch-run.ts';
import { createNtmStepPlan, type NtmPlanTuning, type NtmStepPlan } from './ntm-step-plan.ts';
import { NTM_MODULES } from './ntm-shaders.ts';
import { getComputeKernel } from '../common/kernel.ts';

/** Options of a step: which write (NTM eqs. 3–4, default, or the lecture's simplified form). */
export interface NtmGpuStepOptions {
  readonly write?: NtmWriteMode;
}

/** The WebGPU engine: an {@link NtmStepper} plus a fused multi-step API for benchmarks and long runs. */
export interface NtmGpuEngine extends NtmStepper {
  readonly backend: 'webgpu';
  readonly device: GPUDevice;
  /** Runs one step and reads every stage back once (a single mapAsync). */
  step(input: NtmStepInput, options?: NtmGpuStepOptions): Promise<NtmStepResult>;
  /** Uploads the memory, previous weights and parameters; (re)builds the plan when the size changed. */
  load(input: NtmStepInput, options?: NtmGpuStepOptions): Promise<void>;
  /**
   * Queues `steps` steps in one compute pass and one submit, with no read-back: step t's memory after the write
   * and final weights become step t+1's memory and previous weights; the parameters stay those of `load`.
   */
  run(steps: number): void;
  /**
   * Runs every step of `batch` (a scenario whose parameters differ per step) in one submit and one read-back
   * (core/gpu/ntm/ntm-batch-run.ts); the caller checks each step's float32 range (runNtmScenario does).
   */
  runSteps(batch: NtmStepBatch): Promise<NtmStepResult[]>;
  /** Reads back every stage of the last step run (one copy pass, one mapAsync). */
  readBack(): Promise<NtmStepResult>;
  /** The labelled dispatches of the next step (for per-kernel timings; replaying them runs that step again). */
  stepDispatches(): readonly ComputeDispatch[];
  /** Bytes one fused step reads and writes at least: the memory read twice and written once (12·N·M), plus the N-vectors. */
  stepBytes(): number;
  /** Frees buffers (not the device). */
  destroy(): void;
}

/** Compiles every NTM kernel on `device` (throws a WgslCompileError with line and column on failure). */
export async function compileNtmKernels(device: GPUDevice): Promise<void> {
  await Promise.all(Object.entries(NTM_MODULES).map(([name, m]) => getComputeKernel(device, { label: `ntm ${name}`, code: m.code, entryPoint: m.entryPoint })));
}

/** Creates the engine on `device`; the kernels are compiled here, so shader errors surface at once. */
export async function createNtmGpuEngine(device: GPUDevice, tuning: NtmPlanTuning = {}): Promise<NtmGpuEngine> {
  await compileNtmKernels(device);
  let plan: NtmStepPlan | undefined;
  let parity: 0 | 1 = 0;
  let stepsRun = 0;

  /** The plan for this size, (re)built when N, M or the shift width changed. */
  const planFor = async (rows: number, columns: number, shiftWidth: number): Promise<NtmStepPlan> => {
    if (!plan || plan.shape.rows !== rows || plan.shape.columns !== columns || plan.shape.shiftWidth !== shiftWidth) {
      plan?.destroy();
      plan = undefined;
      plan = await createNtmStepPlan(device, { rows, columns, shiftWidth }, tuning);
    }
    return plan;
  };

  const requirePlan = (): NtmStepPlan => {
    if (!plan) throw new Error('NtmGpuEngine: call load(input) first');
    return plan;
  };

  const engine: NtmGpuEngine = {
    backend: 'webgpu',
    device,
    async load(input, options = {}) {
      checkNtmInputFloat32(input);
      const { rows, columns } = input.memory;
      if (input.previousWeights.length !== rows) throw new RangeError(`previousWeights has length ${input.previousWeights.length}, memory has ${rows} rows`);
      const p = await planFor(rows, columns, input.shift.length);
      p.setParameters({ ...input, write: options.write ?? 'erase-add' });
      parity = 0;
      stepsRun = 0;
      p.setState(0, input.memory.data, input.previousWeights);
    },
    run(steps) {
      const p = requirePlan();
      const dispatches: ComputeDispatch[] = [];
      for (let t = 0; t < steps; t++) {
        dispatches.push(...p.dispatches(parity));
        parity = (1 - parity) as 0 | 1;
        stepsRun++;
      }
      if (dispatches.length > 0) device.queue.submit([recordDispatches(device, dispatches).finish()]);
    },
    async readBack() {
      const p = requirePlan();
      if (stepsRun === 0) throw new Error('NtmGpuEngine: run at least one step before readBack()');
      const { rows: n, columns: m } = p.shape;
      const b = p.buffers;
      const parts = await readBackF32(device, [
        { buffer: b.similarity, count: n },
        { buffer: b.contentWeights, count: n },
        { buffer: b.gatedWeights, count: n },
        { buffer: b.shiftedWeights, count: n },
        { buffer: b.previousWeights[parity], count: n },
        { buffer: b.readVector, count: m },
        { buffer: b.memory[parity], count: n * m },
      ]);
      const f64 = (k: number): Float64Array => Float64Array.from(parts[k]!);
      return {
        similarity: f64(0),
        contentWeights: f64(1),
        gatedWeights: f64(2),
        shiftedWeights: f64(3),
        weights: f64(4),
        readVector: f64(5),
        memoryAfterWrite: { rows: n, columns: m, data: f64(6) },
      };
    },
    async step(input, options) {
      await engine.load(input, options);
      engine.run(1);
      return engine.readBack();
    },
    checkInput: checkNtmInputFloat32,
    async runSteps(batch) {
      if (batch.steps.length === 0) return [];
      const p = await planFor(batch.memory.rows, batch.memory.columns, batchShiftWidth(batch));
      const results = await runNtmBatch(device, p, batch);
      parity = (results.length % 2) as 0 | 1;
      stepsRun = results.length;
      return results;
    },
    stepDispatches: () => requirePlan().dispatches(parity),
    stepBytes() {
      const { rows: n, columns: m } = requirePlan().shape;
      return 12 * n * m + 4 * 10 * n;
    },
    destroy() {
      plan?.destroy();
      plan = undefined;
    },
  };
  return engine;
}
