/**
 * A whole NTM scenario on a step plan in one submit and one read-back (README "Speed"): every step's parameters
 * are uploaded up front into per-step slots, and one command encoder records, for each step, copies of that
 * step's parameters and its head's previous weights into the plan's live slots (ntm-step-plan.ts
 * `parameterSlots`), the step's dispatches, and copies of every stage the trace shows into one record buffer.
 * Nothing between the steps needs the CPU: the memory carries over through the plan's two parities, and each
 * head's last weights stay in a GPU buffer of their own. A batch whose record would pass {@link MAX_RECORD_BYTES}
 * is split into as few submits as fit (a step at a time at most).
 */
import { createCheckedBuffer, createF32Buffer, readBackF32 } from '../common/buffers.ts';
import { recordDispatches } from '../common/dispatch.ts';
import type { NtmStepBatch, NtmStepResult } from '../../models/ntm/types.ts';
import type { NtmStepPlan } from './ntm-step-plan.ts';

/** The largest record (staging) buffer one submit fills. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Floats one step records: similarity, content, gated, shifted and final weights (N each), r (M), the memory after the write (N·M). */
function recordFloats(n: number, m: number): number {
  return 5 * n + m + n * m;
}

function decodeStep(values: Float32Array, n: number, m: number): NtmStepResult {
  const part = (from: number, count: number): Float64Array => Float64Array.from(values.subarray(from, from + count));
  return {
    similarity: part(0, n),
    contentWeights: part(n, n),
    gatedWeights: part(2 * n, n),
    shiftedWeights: part(3 * n, n),
    weights: part(4 * n, n),
    readVector: part(5 * n, m),
    memoryAfterWrite: { rows: n, columns: m, data: part(5 * n + m, n * m) },
  };
}

/** The widest shift of the batch: a plan of this width runs every step (see {@link padShift}). */
export function batchShiftWidth(batch: NtmStepBatch): number {
  return batch.steps.reduce((widest, s) => Math.max(widest, s.shift.length), 1);
}

/**
 * A shift of width 2K+1 as one of width 2K'+1 ≥ 2K+1: K' − K zeros on each side. Offsets j − K' with zero weight add
 * nothing to the circular convolution (NTM eq. 8), so a step of any width runs on the widest step's plan.
 */
export function padShift(shift: ArrayLike<number>, width: number): ArrayLike<number> {
  if (shift.length === width) return shift;
  const padded = new Float64Array(width);
  padded.set(Array.from(shift), (width - shift.length) / 2);
  return padded;
}

/**
 * Runs every step of `batch` on `plan` (built for its N and M, and its widest shift or wider) and returns one result per step;
 * float32 on the GPU, as {@link NtmStepPlan.dispatches} computes a single step. Leaves the last step's state in
 * the plan's parity `batch.steps.length mod 2`. `maxRecordBytes` bounds one submit's record (tests lower it).
 */
export async function runNtmBatch(device: GPUDevice, plan: NtmStepPlan, batch: NtmStepBatch, maxRecordBytes = MAX_RECORD_BYTES): Promise<NtmStepResult[]> {
  const { rows: n, columns: m, shiftWidth } = plan.shape;
  const steps = batch.steps;
  if (steps.length === 0) return [];
  const encoded = steps.map((s) => plan.encodeParameters({ ...s, shift: padShift(s.shift, shiftWidth) }));
  const width = 3 * m + shiftWidth;
  const uniformBytes = encoded[0]!.uniform.byteLength;
  const own: GPUBuffer[] = [];
  try {
    const vectors = createF32Buffer(device, steps.length * width, 'ntm batch parameters');
    own.push(vectors);
    const allVectors = new Float32Array(steps.length * width);
    encoded.forEach((e, t) => allVectors.set(e.vectors, t * width));
    device.queue.writeBuffer(vectors, 0, allVectors);
    const uniforms = createCheckedBuffer(device, {
      size: steps.length * uniformBytes,
      usage: GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST,
      label: 'ntm batch uniforms',
    });
    own.push(uniforms);
    encoded.forEach((e, t) => device.queue.writeBuffer(uniforms, t * uniformBytes, e.uniform));
    const headWeights = new Map(
      batch.heads.map((h) => {
        const b = createF32Buffer(device, n, `ntm head ${h.name} weights`, h.initialWeights);
        own.push(b);
        return [h.name, b] as const;
      }),
    );
    plan.setState(0, batch.memory.data, new Float32Array(n));

    const perStep = recordFloats(n, m);
    const stepsPerSubmit = Math.max(1, Math.floor(maxRecordBytes / (4 * perStep)));
    const results: NtmStepResult[] = [];
    for (let first = 0; first < steps.length; first += stepsPerSubmit) {
      const count = Math.min(stepsPerSubmit, steps.length - first);
      const record = createF32Buffer(device, count * perStep, 'ntm batch record');
      own.push(record);
      const encoder = device.createCommandEncoder({ label: 'ntm batch' });
      const copy = (from: GPUBuffer, fromIndex: number, to: GPUBuffer, toIndex: number, floats: number): void =>
        encoder.copyBufferToBuffer(from, 4 * fromIndex, to, 4 * toIndex, 4 * floats);
      const slots = plan.parameterSlots;
      const b = plan.buffers;
      for (let k = 0; k < count; k++) {
        const t = first + k;
        const p = (t % 2) as 0 | 1;
        const q = (1 - p) as 0 | 1;
        const weights = headWeights.get(steps[t]!.head);
        if (!weights) throw new RangeError(`steps[${t}].head: no head named ${JSON.stringify(steps[t]!.head)}`);
        copy(vectors, t * width, slots.key, 0, m);
        copy(vectors, t * width + m, slots.erase, 0, m);
        copy(vectors, t * width + 2 * m, slots.add, 0, m);
        copy(vectors, t * width + 3 * m, slots.shift, 0, shiftWidth);
        encoder.copyBufferToBuffer(uniforms, t * uniformBytes, slots.uniform, 0, uniformBytes);
        copy(weights, 0, b.previousWeights[p], 0, n);
        recordDispatches(device, plan.dispatches(p), encoder);
        const base = k * perStep;
        [b.similarity, b.contentWeights, b.gatedWeights, b.shiftedWeights, b.previousWeights[q]].forEach((from, i) => copy(from, 0, record, base + i * n, n));
        copy(b.readVector, 0, record, base + 5 * n, m);
        copy(b.memory[q], 0, record, base + 5 * n + m, n * m);
        copy(b.previousWeights[q], 0, weights, 0, n);
      }
      const [values] = await readBackF32(device, [{ buffer: record, count: count * perStep }], encoder);
      for (let k = 0; k < count; k++) results.push(decodeStep(values!.subarray(k * perStep, (k + 1) * perStep), n, m));
    }
    return results;
  } finally {
    for (const b of own) b.destroy();
  }
}
