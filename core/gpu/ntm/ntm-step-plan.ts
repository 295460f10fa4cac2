/**
 * The recorded GPU work of NTM head steps for one size (N, M, shift width): buffers, bind groups and the
 * dispatch list of every stage, built once and replayed for every step of that size.
 *
 * State is double-buffered: step t reads memory[p] and previousWeights[p] (p = t mod 2) and writes the
 * memory after the write to memory[1 − p] and its final weights w to previousWeights[1 − p], so K steps run
 * back to back, each feeding the next (w_t becomes w_{t−1} of the next step, as in the NTM), with no read-back.
 */
import { createF32Buffer, createUniformBuffer, writeF32 } from '../common/buffers.ts';
import type { ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel, type ComputeKernel } from '../common/kernel.ts';
import { createReduction, fieldOffset, type Reduction, type ScalarSlot } from '../common/reduction.ts';
import { createColumnSum, createRowTileParams, rowTileGeometry, type RecordedChain } from '../common/row-tile.ts';
import { createSoftmax, type Softmax } from '../common/softmax.ts';
import { targetWorkgroups } from '../common/occupancy.ts';
import type { NtmWriteMode } from '../../models/ntm/scenario.ts';
import { NTM_MODULES, type NtmKernelName } from './ntm-shaders.ts';

/** The size a plan is built for. */
export interface NtmPlanShape {
  readonly rows: number;
  readonly columns: number;
  readonly shiftWidth: number;
}

/** Per-step scalars and vectors (everything but the memory and the previous weights). */
export interface NtmPlanParameters {
  readonly key: ArrayLike<number>;
  readonly beta: number;
  readonly gate: number;
  readonly shift: ArrayLike<number>;
  readonly gamma: number;
  readonly erase: ArrayLike<number>;
  readonly add: ArrayLike<number>;
  readonly write: NtmWriteMode;
}

/** The stage buffers (f32) of a plan; memory and previousWeights are the two parities. */
export interface NtmPlanBuffers {
  readonly memory: readonly [GPUBuffer, GPUBuffer];
  readonly previousWeights: readonly [GPUBuffer, GPUBuffer];
  readonly similarity: GPUBuffer;
  readonly contentWeights: GPUBuffer;
  readonly gatedWeights: GPUBuffer;
  readonly shiftedWeights: GPUBuffer;
  readonly readVector: GPUBuffer;
}

/**
 * Where each step parameter lives on the GPU, for a caller that computes them there (the trained controller,
 * core/gpu/ntm/trained-copy-gpu.ts) and copies them in with `copyBufferToBuffer` instead of {@link NtmStepPlan.setParameters}.
 */
export interface NtmParameterSlots {
  readonly key: GPUBuffer;
  readonly erase: GPUBuffer;
  readonly add: GPUBuffer;
  readonly shift: GPUBuffer;
  readonly beta: readonly ScalarSlot[];
  readonly gate: readonly ScalarSlot[];
  readonly gamma: readonly ScalarSlot[];
}

/** A plan (see the module comment). */
export interface NtmStepPlan {
  readonly shape: NtmPlanShape;
  readonly buffers: NtmPlanBuffers;
  /** The dispatches of one whole step reading parity `p`'s state. */
  dispatches(parity: 0 | 1): readonly ComputeDispatch[];
  /** Uploads the step parameters (ordered before the next submit). */
  setParameters(parameters: NtmPlanParameters): void;
  /** The GPU locations {@link setParameters} writes (see {@link NtmParameterSlots}). */
  readonly parameterSlots: NtmParameterSlots;
  /** Uploads a memory (N·M, row-major) and previous weights (N) into parity `p`. */
  setState(parity: 0 | 1, memory: ArrayLike<number>, previousWeights: ArrayLike<number>): void;
  destroy(): void;
}

async function kernel(device: GPUDevice, name: NtmKernelName): Promise<ComputeKernel> {
  const m = NTM_MODULES[name];
  return getComputeKernel(device, { label: `ntm ${name}`, code: m.code, entryPoint: m.entryPoint });
}

/** Builds the plan for `shape` on `device`. */
export async function createNtmStepPlan(device: GPUDevice, shape: NtmPlanShape): Promise<NtmStepPlan> {
  const { rows: n, columns: m, shiftWidth } = shape;
  if (!(n >= 1 && m >= 1 && shiftWidth >= 1 && shiftWidth % 2 === 1)) throw new RangeError(`bad NTM plan shape ${JSON.stringify(shape)}`);
  const [similarityK, interpolateK, shiftK, sharpenK, readWriteK] = await Promise.all([
    kernel(device, 'similarity'),
    kernel(device, 'interpolate'),
    kernel(device, 'shift'),
    kernel(device, 'sharpen'),
    kernel(device, 'readWrite'),
  ]);
  const owned: GPUBuffer[] = [];
  const own = (b: GPUBuffer): GPUBuffer => (owned.push(b), b);
  const buffers: NtmPlanBuffers = {
    memory: [own(createF32Buffer(device, n * m, 'ntm memory 0')), own(createF32Buffer(device, n * m, 'ntm memory 1'))],
    previousWeights: [own(createF32Buffer(device, n, 'ntm weights 0')), own(createF32Buffer(device, n, 'ntm weights 1'))],
    similarity: own(createF32Buffer(device, n, 'ntm similarity')),
    contentWeights: own(createF32Buffer(device, n, 'ntm content weights')),
    gatedWeights: own(createF32Buffer(device, n, 'ntm gated weights')),
    shiftedWeights: own(createF32Buffer(device, n, 'ntm shifted weights')),
    readVector: own(createF32Buffer(device, m, 'ntm read vector')),
  };
  const key = own(createF32Buffer(device, m, 'ntm key'));
  const erase = own(createF32Buffer(device, m, 'ntm erase'));
  const add = own(createF32Buffer(device, m, 'ntm add'));
  const shift = own(createF32Buffer(device, shiftWidth, 'ntm shift'));

  // One NtmParams struct (layout reflected from shaders/ntm/ntm-params.wgsl) shared by every NTM kernel.
  const paramsView = similarityK.uniformView('ntm');
  paramsView.set({ n, m, beta: 0, gate: 1, gamma: 1, shift_width: shiftWidth, write_mode: 0, pad: 0 });
  const params = own(createUniformBuffer(device, paramsView, 'ntm params'));

  const softmax: Softmax = await createSoftmax(device, {
    input: buffers.similarity,
    output: buffers.contentWeights,
    n,
    label: 'ntm content softmax',
  });
  const sharpenMax: Reduction = await createReduction(device, { op: 'max', input: buffers.shiftedWeights, n, label: 'ntm sharpen max' });
  const sharpenSum: Reduction = await createReduction(device, {
    op: 'sum',
    input: buffers.shiftedWeights,
    n,
    mode: 'pow-ratio',
    scale: 1,
    reference: sharpenMax.result,
    label: 'ntm sharpen sum',
  });
  const target = targetWorkgroups(device);
  const tileGeometry = rowTileGeometry(n, m, true, readWriteK.workgroupSize, target);
  const tileParams = own(createRowTileParams(device, readWriteK, tileGeometry, 'ntm read/write tile'));
  const singleTile = tileGeometry.groups === 1;
  const readPartials = singleTile ? buffers.readVector : own(createF32Buffer(device, tileGeometry.groups * m, 'ntm read partials'));
  const readFold: RecordedChain | undefined = singleTile
    ? undefined
    : await createColumnSum(device, {
        partials: readPartials,
        rows: tileGeometry.groups,
        cols: m,
        output: buffers.readVector,
        label: 'ntm read fold',
      });

  const rowGroups = Math.ceil(n / similarityK.workgroupSize);
  const perParity = ([0, 1] as const).map((p): ComputeDispatch[] => {
    const q = (1 - p) as 0 | 1;
    return [
      {
        pipeline: similarityK.pipeline,
        workgroups: Math.min(rowGroups, target),
        label: 'ntm similarity',
        bindGroup: similarityK.bindGroup({
          similarity_memory: buffers.memory[p],
          similarity_key: key,
          similarity_output: buffers.similarity,
          ntm: params,
        }),
      },
      ...softmax.dispatches,
      {
        pipeline: interpolateK.pipeline,
        workgroups: rowGroups,
        label: 'ntm interpolate',
        bindGroup: interpolateK.bindGroup({
          interpolate_content: buffers.contentWeights,
          interpolate_previous: buffers.previousWeights[p],
          interpolate_output: buffers.gatedWeights,
          ntm: params,
        }),
      },
      {
        pipeline: shiftK.pipeline,
        workgroups: rowGroups,
        label: 'ntm shift',
        bindGroup: shiftK.bindGroup({
          shift_input: buffers.gatedWeights,
          shift_kernel: shift,
          shift_output: buffers.shiftedWeights,
          ntm: params,
        }),
      },
      ...sharpenMax.dispatches,
      ...sharpenSum.dispatches,
      {
        pipeline: sharpenK.pipeline,
        workgroups: rowGroups,
        label: 'ntm sharpen',
        bindGroup: sharpenK.bindGroup({
          sharpen_input: buffers.shiftedWeights,
          sharpen_max: sharpenMax.result,
          sharpen_sum: sharpenSum.result,
          sharpen_output: buffers.previousWeights[q],
          ntm: params,
        }),
      },
      {
        pipeline: readWriteK.pipeline,
        workgroups: tileGeometry.groups,
        label: 'ntm read/write',
        bindGroup: readWriteK.bindGroup({
          tile_partials: readPartials,
          tile: tileParams,
          rw_memory: buffers.memory[p],
          rw_memory_out: buffers.memory[q],
          rw_weights: buffers.previousWeights[q],
          rw_erase: erase,
          rw_add: add,
          ntm: params,
        }),
      },
      ...(readFold?.dispatches ?? []),
    ];
  });

  return {
    shape,
    buffers,
    dispatches: (parity) => perParity[parity]!,
    parameterSlots: {
      key,
      erase,
      add,
      shift,
      beta: [{ buffer: params, offset: fieldOffset(paramsView, 'beta') }, ...softmax.scaleSlots],
      gate: [{ buffer: params, offset: fieldOffset(paramsView, 'gate') }],
      gamma: [{ buffer: params, offset: fieldOffset(paramsView, 'gamma') }, sharpenSum.scaleSlot],
    },
    setParameters(pp) {
      if (pp.key.length !== m || pp.erase.length !== m || pp.add.length !== m) throw new RangeError(`key, erase and add must have length ${m}`);
      if (pp.shift.length !== shiftWidth) throw new RangeError(`shift must have length ${shiftWidth}`);
      writeF32(device, key, pp.key);
      writeF32(device, erase, pp.erase);
      writeF32(device, add, pp.add);
      writeF32(device, shift, pp.shift);
      paramsView.set({ beta: pp.beta, gate: pp.gate, gamma: pp.gamma, write_mode: pp.write === 'simplified' ? 1 : 0 });
      device.queue.writeBuffer(params, 0, paramsView.arrayBuffer);
      softmax.setScale(pp.beta);
      sharpenSum.setScale(pp.gamma);
    },
    setState(parity, memory, previousWeights) {
      if (memory.length !== n * m || previousWeights.length !== n) throw new RangeError(`state must be ${n}×${m} and ${n}`);
      writeF32(device, buffers.memory[parity], memory);
      writeF32(device, buffers.previousWeights[parity], previousWeights);
    },
    destroy() {
      softmax.destroy();
      sharpenMax.destroy();
      sharpenSum.destroy();
      readFold?.destroy();
      owned.forEach((b) => b.destroy());
    },
  };
}
