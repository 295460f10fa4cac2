/**
 * The trained copy NTM run entirely through WGSL: per time step the controller kernel (ntm-controller-gpu.ts),
 * the read head's and the write head's steps on the NTM engine (ntm-gpu-engine.ts, NTM eqs. 2–9), then the
 * output kernel, in the step order of the float64 reference (core/models/ntm/trained/forward.ts), which it
 * matches within 1e-5. Each stage is read back before the next is uploaded.
 */
import type { NtmStepper } from '../../models/ntm/types.ts';
import type { LstmState } from '../../models/ntm/trained/controller.ts';
import { initialCopyMemory, slotZero, type NtmCopyModel, type TrainedCopyRun, type TrainedCopyStep } from '../../models/ntm/trained/forward.ts';
import type { CopyRunner } from '../../models/ntm/trained/evaluate.ts';
import { createNtmControllerGpu, type NtmControllerGpu } from './ntm-controller-gpu.ts';
import { createNtmGpuEngine } from './ntm-gpu-engine.ts';

/** Runs `model` on the input rows (2L + 1 of bits + 1) with `slots` memory rows on the GPU controller and head engine. */
export async function runTrainedCopyGpu(
  model: NtmCopyModel,
  input: readonly (readonly number[])[],
  slots: number,
  gpu: { readonly controller: NtmControllerGpu; readonly engine: NtmStepper },
): Promise<TrainedCopyRun> {
  const { sizes } = model;
  if (input.length % 2 !== 1) throw new RangeError(`copy input: need 2L + 1 rows, got ${input.length}`);
  let memory = initialCopyMemory(sizes, slots);
  let state: LstmState = { h: new Float64Array(sizes.hidden), c: new Float64Array(sizes.hidden) };
  let read: ArrayLike<number> = new Float64Array(sizes.memoryWidth);
  let wRead = slotZero(slots);
  let wWrite = slotZero(slots);
  const steps: TrainedCopyStep[] = [];
  for (const x of input) {
    const control = await gpu.controller.step(x, read, state);
    state = control.state;
    const readParams = { ...control.read, erase: new Float64Array(sizes.memoryWidth), add: new Float64Array(sizes.memoryWidth) };
    const readInput = { memory, previousWeights: wRead, ...readParams };
    const readResult = await gpu.engine.step(readInput);
    const writeInput = { memory, previousWeights: wWrite, ...control.write };
    const writeResult = await gpu.engine.step(writeInput);
    read = readResult.readVector;
    wRead = readResult.weights;
    wWrite = writeResult.weights;
    memory = writeResult.memoryAfterWrite;
    steps.push({
      x: [...x],
      readHead: { params: readParams, input: readInput, result: readResult },
      writeHead: { params: control.write, input: writeInput, result: writeResult },
      output: await gpu.controller.output(state.h, read),
    });
  }
  const length = (input.length - 1) / 2;
  return { steps, answer: steps.slice(length + 1).map((s) => Array.from(s.output)) };
}

/** The WGSL path as a {@link CopyRunner} for `evaluateNtmCopy`; `destroy` frees its buffers (not the device). */
export async function createGpuCopyRunner(device: GPUDevice, model: NtmCopyModel): Promise<CopyRunner & { destroy(): void }> {
  const controller = await createNtmControllerGpu(device, model);
  const engine = await createNtmGpuEngine(device);
  return {
    backend: 'webgpu',
    run: (input, slots) => runTrainedCopyGpu(model, input, slots, { controller, engine }),
    destroy() {
      controller.destroy();
      engine.destroy();
    },
  };
}
