/**
 * Multi-workgroup reductions (max or sum) of an f32 buffer of any length n ≥ 1, as a chain of dispatches:
 * level 0 maps and reduces `256 × itemsPerThread` elements per workgroup (itemsPerThread ≥ 4, chosen so that
 * about {@link targetWorkgroups} workgroups cooperate), each later level reduces the partials of the one before,
 * until one value is left in `result[0]`. Workgroup grids are 2-D, so n up to
 * hundreds of millions stays under the 65,535-per-dimension limit.
 *
 * ```ts
 * const max = await createReduction(device, { op: 'max', input: logits, n, mode: 'scale', scale: beta });
 * const sum = await createReduction(device, { op: 'sum', input: logits, n, mode: 'exp', scale: beta, reference: max.result });
 * encodeDispatches(pass, [...max.dispatches, ...sum.dispatches]);   // no read-back in between
 * ```
 * Buffers and bind groups are made once; encode the dispatches as many times as needed. `setScale` changes
 * the map's scale (a queue write, ordered before later submits).
 */
import { createF32Buffer, createUniformBuffer } from './buffers.ts';
import { COMMON_MODULES } from './common-shaders.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { getComputeKernel } from './kernel.ts';
import { targetWorkgroups } from './occupancy.ts';

/** How each input x is mapped before reducing (shaders/common/reduce.wgsl). */
export type ReductionMap =
  /** x */
  | 'identity'
  /** scale·x */
  | 'scale'
  /** exp(scale·x − reference[0]) */
  | 'exp'
  /** (x / reference[0])^scale; 0 when x ≤ 0 or reference[0] ≤ 0 */
  | 'pow-ratio';

const MODE_CODE: Record<ReductionMap, number> = { identity: 0, scale: 1, exp: 2, 'pow-ratio': 3 };

/** Options of {@link createReduction}. */
export interface ReductionOptions {
  readonly op: 'max' | 'sum';
  /** The f32 input buffer; only its first `n` elements are read. */
  readonly input: GPUBuffer;
  /** Number of elements, ≥ 1. */
  readonly n: number;
  /** The map applied at level 0 (default identity). */
  readonly mode?: ReductionMap;
  /** The map's scale (default 1). */
  readonly scale?: number;
  /** A buffer whose element 0 the 'exp' and 'pow-ratio' maps read (e.g. another reduction's result). Must not be `input`'s result itself. */
  readonly reference?: GPUBuffer;
  /** A buffer to write the final value to at element 0 (default: a new one-element buffer). */
  readonly result?: GPUBuffer;
  /** Workgroups to aim for at level 0 (default: {@link targetWorkgroups} of the device). */
  readonly targetWorkgroups?: number;
  readonly label?: string;
}

/** One f32 on the GPU: a buffer and the byte offset of the value (a target for `copyBufferToBuffer`). */
export interface ScalarSlot {
  readonly buffer: GPUBuffer;
  readonly offset: number;
}

/** The byte offset of `field` in a uniform struct's structured view (webgpu-utils types its views as `any`). */
export function fieldOffset(view: { readonly views: unknown }, field: string): number {
  const v = (view.views as Record<string, ArrayBufferView | undefined>)[field];
  if (!v) throw new RangeError(`uniform struct has no field ${field}`);
  return v.byteOffset;
}

/** A recorded reduction. */
export interface Reduction {
  /** Element 0 holds the reduced value after the dispatches run. */
  readonly result: GPUBuffer;
  readonly dispatches: readonly ComputeDispatch[];
  /** Changes the level-0 map's scale. */
  setScale(scale: number): void;
  /** Frees the scratch buffers it made (and `result` when it made it). */
  destroy(): void;
}

/** The fewest elements one thread reduces per level. */
export const MIN_ITEMS_PER_THREAD = 4;

/** One level of a reduction: how many workgroups, and how many elements each thread folds. */
export interface ReductionLevel {
  readonly groups: number;
  readonly itemsPerThread: number;
}

/**
 * The levels reducing n elements to one, with about `target` workgroups at level 0:
 * e.g. n = 4,194,304, target 1024, 256 threads → [{1024 groups, 16 items}, {1 group, 4 items}].
 */
export function reductionLevels(n: number, target: number, workgroupSize = 256): ReductionLevel[] {
  const levels: ReductionLevel[] = [];
  let count = n;
  do {
    const itemsPerThread = Math.max(MIN_ITEMS_PER_THREAD, Math.ceil(count / (workgroupSize * target)));
    count = Math.ceil(count / (workgroupSize * itemsPerThread));
    levels.push({ groups: count, itemsPerThread });
  } while (count > 1);
  return levels;
}

/** Records a reduction of `options.input` (see the module comment). */
export async function createReduction(device: GPUDevice, options: ReductionOptions): Promise<Reduction> {
  const { op, input, n } = options;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`reduction length must be a positive integer, got ${n}`);
  const label = options.label ?? `reduce ${op}`;
  const kernel = await getComputeKernel(device, {
    label: 'reduce',
    code: COMMON_MODULES.reduce,
    entryPoint: op === 'max' ? 'reduce_max' : 'reduce_sum',
  });
  const owned: GPUBuffer[] = [];
  const result = options.result ?? createF32Buffer(device, 1, `${label} result`);
  if (!options.result) owned.push(result);
  const reference = options.reference ?? createF32Buffer(device, 1, `${label} no reference`);
  if (!options.reference) owned.push(reference);
  const levels = reductionLevels(n, options.targetWorkgroups ?? targetWorkgroups(device), kernel.workgroupSize);
  const dispatches: ComputeDispatch[] = [];
  let firstParams: { view: ReturnType<typeof kernel.uniformView>; buffer: GPUBuffer } | undefined;
  let source = input;
  let count = n;
  levels.forEach(({ groups, itemsPerThread }, level) => {
    const last = level === levels.length - 1;
    const target = last ? result : createF32Buffer(device, groups, `${label} level ${level}`);
    if (!last) owned.push(target);
    const view = kernel.uniformView('reduce_params');
    view.set({
      n: count,
      mode: level === 0 ? MODE_CODE[options.mode ?? 'identity'] : 0,
      scale: level === 0 ? (options.scale ?? 1) : 1,
      items_per_thread: itemsPerThread,
    });
    const params = createUniformBuffer(device, view, `${label} params ${level}`);
    owned.push(params);
    if (level === 0) firstParams = { view, buffer: params };
    dispatches.push({
      pipeline: kernel.pipeline,
      bindGroup: kernel.bindGroup({ reduce_input: source, reduce_output: target, reduce_reference: reference, reduce_params: params }),
      workgroups: groups,
      label: `${label} ${level}`,
    });
    source = target;
    count = groups;
  });
  return {
    result,
    dispatches,
    setScale(scale) {
      firstParams!.view.set({ scale });
      device.queue.writeBuffer(firstParams!.buffer, 0, firstParams!.view.arrayBuffer);
    },
    destroy() {
      for (const b of owned) b.destroy();
    },
  };
}
