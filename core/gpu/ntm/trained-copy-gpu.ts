/**
 * The trained copy NTM run entirely through WGSL, every time step encoded in one command buffer and read back
 * once: per step the controller kernel (ntm-controller-gpu.ts) writes the activated head layer, whose entries are
 * copied on the GPU into the head step's parameter slots (ntm-step-plan.ts `parameterSlots`); the read head's and
 * the write head's addressing, read and erase/add write run on the step plan (NTM eqs. 2–9); then the output
 * kernel. The controller's state, the read vector and each head's weights stay on the GPU from step to step, and
 * each stage is copied into one record buffer that is read back at the end. Step order as the float64
 * reference (core/models/ntm/trained/forward.ts), which it matches within 1e-5.
 */
import { createF32Buffer, readBackF32, writeF32 } from '../common/buffers.ts';
import { recordDispatches } from '../common/dispatch.ts';
import { initialCopyMemory, slotZero, type NtmCopyModel, type TrainedCopyRun } from '../../models/ntm/trained/forward.ts';
import type { CopyRunner } from '../../models/ntm/trained/evaluate.ts';
import { controllerInputWidth, headLayerLayout, type HeadLayout } from '../../models/ntm/trained/sizes.ts';
import { createNtmControllerGpu, type NtmControllerGpu } from './ntm-controller-gpu.ts';
import { createNtmStepPlan, type NtmStepPlan } from './ntm-step-plan.ts';
import { copyRecordLayout, decodeCopyRecord } from './trained-copy-record.ts';

/** The copy NTM's shift width: the 3-tap circular shift of the trained heads. */
const SHIFT_WIDTH = 3;

/** Runs `model` on the input rows (2L + 1 of bits + 1) with `slots` memory rows: one submit for all steps, one read-back. */
export async function runTrainedCopyGpu(
  device: GPUDevice,
  model: NtmCopyModel,
  input: readonly (readonly number[])[],
  slots: number,
  gpu: { readonly controller: NtmControllerGpu; readonly plan: NtmStepPlan },
): Promise<TrainedCopyRun> {
  const { sizes } = model;
  if (input.length % 2 !== 1) throw new RangeError(`copy input: need 2L + 1 rows, got ${input.length}`);
  input.forEach((row, t) => {
    if (row.length !== sizes.bits + 1) throw new RangeError(`copy input row ${t}: need ${sizes.bits + 1} numbers (bits and delimiter), got ${row.length}`);
  });
  const { plan } = gpu;
  if (plan.shape.rows !== slots || plan.shape.columns !== sizes.memoryWidth || plan.shape.shiftWidth !== SHIFT_WIDTH) {
    throw new RangeError(`copy run: the step plan is ${plan.shape.rows}×${plan.shape.columns}, the run needs ${slots}×${sizes.memoryWidth}`);
  }
  const c = gpu.controller.encoded;
  const n = slots;
  const m = sizes.memoryWidth;
  const h = sizes.hidden;
  const layout = headLayerLayout(m);
  const width = sizes.bits + 1;
  const rec = copyRecordLayout(sizes, slots);
  const own: GPUBuffer[] = [];
  const f32 = (count: number, label: string, data?: ArrayLike<number>): GPUBuffer => {
    const b = createF32Buffer(device, count, label, data);
    own.push(b);
    return b;
  };
  try {
    const xs = f32(input.length * width, 'copy inputs', input.flat());
    const zeros = f32(m, 'copy zeros');
    const weights = { read: f32(n, 'copy read weights', slotZero(n)), write: f32(n, 'copy write weights', slotZero(n)) };
    const readNow = f32(m, 'copy read vector');
    const record = f32(input.length * rec.perStep, 'copy record');
    // The run's start: zero state and read vector, the constant memory in parity 0, erase/add writes (eqs. 3–4).
    writeF32(device, c.buffers.input, new Float32Array(controllerInputWidth(sizes)));
    writeF32(device, c.buffers.stateIn, new Float32Array(2 * h));
    const memory0 = initialCopyMemory(sizes, slots).data;
    plan.setState(0, memory0, slotZero(n));
    plan.setParameters({
      key: new Float32Array(m),
      beta: 1,
      gate: 1,
      shift: [0, 1, 0],
      gamma: 1,
      erase: new Float32Array(m),
      add: new Float32Array(m),
      write: 'erase-add',
    });

    const encoder = device.createCommandEncoder({ label: 'trained copy run' });
    const copy = (from: GPUBuffer, fromIndex: number, to: GPUBuffer, toIndex: number, count: number): void =>
      encoder.copyBufferToBuffer(from, 4 * fromIndex, to, 4 * toIndex, 4 * count);
    const slotsOf = plan.parameterSlots;
    /** The head's activated parameters from the controller's head layer into the plan's parameter slots. */
    const loadHead = (at: HeadLayout): void => {
      copy(c.buffers.heads, at.key, slotsOf.key, 0, m);
      copy(c.buffers.heads, at.shift, slotsOf.shift, 0, SHIFT_WIDTH);
      copy(at.erase === undefined ? zeros : c.buffers.heads, at.erase ?? 0, slotsOf.erase, 0, m);
      copy(at.add === undefined ? zeros : c.buffers.heads, at.add ?? 0, slotsOf.add, 0, m);
      const scalars = [
        [at.beta, slotsOf.beta],
        [at.gate, slotsOf.gate],
        [at.gamma, slotsOf.gamma],
      ] as const;
      for (const [index, targets] of scalars) for (const s of targets) encoder.copyBufferToBuffer(c.buffers.heads, 4 * index, s.buffer, s.offset, 4);
    };
    /** One head step reading parity p (memory and that head's previous weights), recorded at `base`. */
    const headStep = (head: 'read' | 'write', at: HeadLayout, p: 0 | 1, base: number): void => {
      const q = (1 - p) as 0 | 1;
      loadHead(at);
      copy(weights[head], 0, plan.buffers.previousWeights[p], 0, n);
      recordDispatches(device, plan.dispatches(p), encoder);
      const b = plan.buffers;
      [b.similarity, b.contentWeights, b.gatedWeights, b.shiftedWeights, b.previousWeights[q]].forEach((buffer, k) => copy(buffer, 0, record, base + k * n, n));
      copy(b.readVector, 0, record, base + 5 * n, m);
      copy(b.previousWeights[q], 0, weights[head], 0, n);
    };
    input.forEach((_, t) => {
      const base = t * rec.perStep;
      copy(xs, t * width, c.buffers.input, 0, width);
      recordDispatches(device, [c.controller], encoder);
      copy(c.buffers.stateOut, 0, c.buffers.stateIn, 0, 2 * h);
      copy(c.buffers.heads, 0, record, base + rec.heads, layout.width);
      // The read head leaves the memory as it was (e = a = 0), in parity 1; the write head writes it back to parity 0.
      headStep('read', layout.read, 0, base + rec.read);
      copy(plan.buffers.readVector, 0, readNow, 0, m);
      headStep('write', layout.write, 1, base + rec.write);
      copy(plan.buffers.memory[0], 0, record, base + rec.memory, n * m);
      // r_t feeds the output now and the controller at the next step.
      copy(readNow, 0, c.buffers.input, width, m);
      copy(c.buffers.stateOut, 0, c.buffers.outInput, 0, h);
      copy(readNow, 0, c.buffers.outInput, h, m);
      recordDispatches(device, c.output, encoder);
      copy(c.buffers.bits, 0, record, base + rec.output, sizes.bits);
    });
    const [values] = await readBackF32(device, [{ buffer: record, count: input.length * rec.perStep }], encoder);
    return decodeCopyRecord(sizes, slots, input, memory0, values!);
  } finally {
    for (const b of own) b.destroy();
  }
}

/** The WGSL path as a {@link CopyRunner} for `evaluateNtmCopy` (one step plan per memory size); `destroy` frees its buffers (not the device). */
export async function createGpuCopyRunner(device: GPUDevice, model: NtmCopyModel): Promise<CopyRunner & { destroy(): void }> {
  const controller = await createNtmControllerGpu(device, model);
  const plans = new Map<number, NtmStepPlan>();
  const planFor = async (slots: number): Promise<NtmStepPlan> => {
    let plan = plans.get(slots);
    if (!plan) {
      plan = await createNtmStepPlan(device, { rows: slots, columns: model.sizes.memoryWidth, shiftWidth: SHIFT_WIDTH });
      plans.set(slots, plan);
    }
    return plan;
  };
  return {
    backend: 'webgpu',
    run: async (input, slots) => runTrainedCopyGpu(device, model, input, slots, { controller, plan: await planFor(slots) }),
    destroy() {
      controller.destroy();
      for (const plan of plans.values()) plan.destroy();
      plans.clear();
    },
  };
}
