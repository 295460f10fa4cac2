/**
 * The recorded GPU work of NTM head steps for one size (N, M, shift width): buffers, bind groups and the
 * dispatch list of every stage, built once and replayed for every step of that size.
 *
 * A step reads the memory twice and writes it once (12·N·M bytes): content addressing reads it once and leaves
 * per-thread softmax partials (shaders/ntm/content-address.wgsl), the location passes work on N-vectors only,
 * and the fused read/write reads and writes it once more. No pass uses a workgroup barrier; partials are folded
 * by small passes (ntm-fold.wgsl) or by their consumers. 5 dispatches at lecture sizes, 8 for large memories
 * (ntm-plan-geometry.ts).
 *
 * State is double-buffered: step t reads memory[p] and previousWeights[p] (p = t mod 2) and writes the
 * memory after the write to memory[1 − p] and its final weights w to previousWeights[1 − p], so K steps run
 * back to back, each feeding the next (w_t becomes w_{t−1} of the next step, as in the NTM), with no read-back.
 */
import { createF32Buffer, createUniformBuffer, writeF32 } from '../common/buffers.ts';
import type { ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel, type ComputeKernel } from '../common/kernel.ts';
import { fieldOffset, type ScalarSlot } from '../common/reduction.ts';
import { isSoftwareDevice, targetWorkgroups } from '../common/occupancy.ts';
import type { NtmWriteMode } from '../../models/ntm/scenario.ts';
import { NTM_FOLD_WIDTH, NTM_WORKGROUP_SIZE, ntmPlanGeometry, type NtmPlanGeometry } from './ntm-plan-geometry.ts';
import { ntmModule, type NtmCellWidth, type NtmKernelName } from './ntm-shaders.ts';

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
  /** The whole NtmParams uniform (β, g, γ and the write mode among the sizes every kernel reads). */
  readonly uniform: GPUBuffer;
}

/** One step's parameters as {@link NtmStepPlan.setParameters} uploads them. */
export interface NtmEncodedParameters {
  /** key, erase, add (M each, erase all ones for the simplified write) and shift, back to back. */
  readonly vectors: Float32Array;
  /** The NtmParams uniform bytes (the plan's sizes with this step's β, g, γ and write mode). */
  readonly uniform: ArrayBuffer;
}

/** A plan (see the module comment). */
export interface NtmStepPlan {
  readonly shape: NtmPlanShape;
  readonly buffers: NtmPlanBuffers;
  /** How the passes are launched (threads, folds, chunks). */
  readonly geometry: NtmPlanGeometry;
  /** The dispatches of one whole step reading parity `p`'s state. */
  dispatches(parity: 0 | 1): readonly ComputeDispatch[];
  /** Uploads the step parameters (ordered before the next submit). */
  setParameters(parameters: NtmPlanParameters): void;
  /** The bytes {@link setParameters} writes (a caller staging many steps copies them into {@link parameterSlots} on the GPU). */
  encodeParameters(parameters: NtmPlanParameters): NtmEncodedParameters;
  /** The GPU locations {@link setParameters} writes (see {@link NtmParameterSlots}). */
  readonly parameterSlots: NtmParameterSlots;
  /** Uploads a memory (N·M, row-major) and previous weights (N) into parity `p`. */
  setState(parity: 0 | 1, memory: ArrayLike<number>, previousWeights: ArrayLike<number>): void;
  destroy(): void;
}

function kernel(device: GPUDevice, name: NtmKernelName, cellWidth: NtmCellWidth): Promise<ComputeKernel> {
  const m = ntmModule(name, cellWidth);
  return getComputeKernel(device, { label: `ntm ${name}/${cellWidth}`, code: m.code, entryPoint: m.entryPoint });
}

/** Overrides of the device-derived launch geometry (tests use them to run the GPU layout on a software adapter). */
export interface NtmPlanTuning {
  /** Workgroups per pass to aim for (default: core/gpu/common/occupancy.ts for the device). */
  readonly targetWorkgroups?: number;
  /** Contiguous row blocks per thread (default: true on a software adapter). */
  readonly contiguous?: boolean;
}

/** Builds the plan for `shape` on `device`. */
export async function createNtmStepPlan(device: GPUDevice, shape: NtmPlanShape, tuning: NtmPlanTuning = {}): Promise<NtmStepPlan> {
  const { rows: n, columns: m, shiftWidth } = shape;
  if (!(n >= 1 && m >= 1 && shiftWidth >= 1 && shiftWidth % 2 === 1)) throw new RangeError(`bad NTM plan shape ${JSON.stringify(shape)}`);
  const geometry = ntmPlanGeometry(n, m, tuning.targetWorkgroups ?? targetWorkgroups(device), tuning.contiguous ?? isSoftwareDevice(device));
  const { cellWidth, cells, addressThreads, foldPartials, chunks } = geometry;
  const names: NtmKernelName[] = ['contentAddress', 'foldSoftmax', 'gate', 'shiftAddress', 'foldSharpen', 'sharpen', 'readWrite', 'foldRead'];
  const k = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await kernel(device, name, cellWidth)] as const))) as Record<
    NtmKernelName,
    ComputeKernel
  >;
  const owned: GPUBuffer[] = [];
  const f32 = (count: number, label: string): GPUBuffer => {
    const b = createF32Buffer(device, count, label);
    owned.push(b);
    return b;
  };
  const buffers: NtmPlanBuffers = {
    memory: [f32(n * m, 'ntm memory 0'), f32(n * m, 'ntm memory 1')],
    previousWeights: [f32(n, 'ntm weights 0'), f32(n, 'ntm weights 1')],
    similarity: f32(n, 'ntm similarity'),
    contentWeights: f32(n, 'ntm content weights'),
    gatedWeights: f32(n, 'ntm gated weights'),
    shiftedWeights: f32(n, 'ntm shifted weights'),
    readVector: f32(m, 'ntm read vector'),
  };
  const key = f32(m, 'ntm key');
  const erase = f32(m, 'ntm erase');
  const add = f32(m, 'ntm add');
  const shift = f32(shiftWidth, 'ntm shift');
  const contentPartials = f32(2 * addressThreads, 'ntm softmax partials');
  const sharpenPartials = f32(2 * addressThreads, 'ntm sharpen partials');
  const contentFolded = foldPartials ? f32(2 * NTM_FOLD_WIDTH, 'ntm softmax folded') : contentPartials;
  const sharpenFolded = foldPartials ? f32(2 * NTM_FOLD_WIDTH, 'ntm sharpen folded') : sharpenPartials;
  const readPartials = chunks > 1 ? f32(chunks * m, 'ntm read partials') : buffers.readVector;

  // One NtmParams struct (layout reflected from shaders/ntm/ntm-params.wgsl) shared by every NTM kernel.
  const paramsView = k.contentAddress.uniformView('ntm');
  paramsView.set({
    n,
    m,
    beta: 0,
    gate: 1,
    gamma: 1,
    shift_width: shiftWidth,
    write_mode: 0,
    cells,
    address_threads: addressThreads,
    folded: geometry.folded,
    chunks,
    address_block: geometry.addressBlock,
    chunk_block: geometry.chunkBlock,
    pad0: 0,
    pad1: 0,
  });
  const ntm = createUniformBuffer(device, paramsView, 'ntm params');
  owned.push(ntm);

  const groups = (threads: number): number => Math.ceil(threads / NTM_WORKGROUP_SIZE);
  const dispatch = (name: NtmKernelName, workgroups: number, resources: Record<string, GPUBuffer>): ComputeDispatch => ({
    pipeline: k[name].pipeline,
    workgroups,
    label: `ntm ${name}`,
    bindGroup: k[name].bindGroup({ ...resources, ntm }),
  });
  const perParity = ([0, 1] as const).map((p): ComputeDispatch[] => {
    const q = (1 - p) as 0 | 1;
    const b = buffers;
    return [
      dispatch('contentAddress', groups(addressThreads), {
        content_memory: b.memory[p],
        content_key: key,
        content_similarity: b.similarity,
        content_partials: contentPartials,
      }),
      ...(foldPartials ? [dispatch('foldSoftmax', 1, { fold_input: contentPartials, fold_output: contentFolded })] : []),
      dispatch('gate', groups(addressThreads), {
        gate_similarity: b.similarity,
        gate_previous: b.previousWeights[p],
        gate_content_partials: contentFolded,
        gate_content: b.contentWeights,
        gate_output: b.gatedWeights,
      }),
      dispatch('shiftAddress', groups(addressThreads), {
        shift_gated: b.gatedWeights,
        shift_kernel: shift,
        shift_output: b.shiftedWeights,
        shift_partials: sharpenPartials,
      }),
      ...(foldPartials ? [dispatch('foldSharpen', 1, { fold_input: sharpenPartials, fold_output: sharpenFolded })] : []),
      dispatch('sharpen', groups(addressThreads), {
        sharpen_input: b.shiftedWeights,
        sharpen_partials: sharpenFolded,
        sharpen_output: b.previousWeights[q],
      }),
      dispatch('readWrite', groups(chunks * geometry.parts), {
        rw_memory: b.memory[p],
        rw_memory_out: b.memory[q],
        rw_weights: b.previousWeights[q],
        rw_erase: erase,
        rw_add: add,
        rw_partials: readPartials,
      }),
      ...(chunks > 1 ? [dispatch('foldRead', groups(cells), { read_partials: readPartials, read_vector: b.readVector })] : []),
    ];
  });

  const encodeParameters = (pp: NtmPlanParameters): NtmEncodedParameters => {
    if (pp.key.length !== m || pp.erase.length !== m || pp.add.length !== m) throw new RangeError(`key, erase and add must have length ${m}`);
    if (pp.shift.length !== shiftWidth) throw new RangeError(`shift must have length ${shiftWidth}`);
    const vectors = new Float32Array(3 * m + shiftWidth);
    vectors.set(pp.key, 0);
    // The lecture's write M_i ← w(i)·a + (1 − w(i))·M_i is the erase/add write with e = 1 (read-write.wgsl).
    if (pp.write === 'simplified') vectors.fill(1, m, 2 * m);
    else vectors.set(pp.erase, m);
    vectors.set(pp.add, 2 * m);
    vectors.set(pp.shift, 3 * m);
    paramsView.set({ beta: pp.beta, gate: pp.gate, gamma: pp.gamma, write_mode: pp.write === 'simplified' ? 1 : 0 });
    return { vectors, uniform: paramsView.arrayBuffer.slice(0) };
  };

  return {
    shape,
    buffers,
    geometry,
    dispatches: (parity) => perParity[parity]!,
    parameterSlots: {
      key,
      erase,
      add,
      shift,
      // β, g and γ live only in the one NtmParams uniform that every NTM kernel reads.
      beta: [{ buffer: ntm, offset: fieldOffset(paramsView, 'beta') }],
      gate: [{ buffer: ntm, offset: fieldOffset(paramsView, 'gate') }],
      gamma: [{ buffer: ntm, offset: fieldOffset(paramsView, 'gamma') }],
      uniform: ntm,
    },
    encodeParameters,
    setParameters(pp) {
      const { vectors, uniform } = encodeParameters(pp);
      writeF32(device, key, vectors.subarray(0, m));
      writeF32(device, erase, vectors.subarray(m, 2 * m));
      writeF32(device, add, vectors.subarray(2 * m, 3 * m));
      writeF32(device, shift, vectors.subarray(3 * m));
      device.queue.writeBuffer(ntm, 0, uniform);
    },
    setState(parity, memory, previousWeights) {
      if (memory.length !== n * m || previousWeights.length !== n) throw new RangeError(`state must be ${n}×${m} and ${n}`);
      writeF32(device, buffers.memory[parity], memory);
      writeF32(device, buffers.previousWeights[parity], previousWeights);
    },
    destroy() {
      owned.forEach((b) => b.destroy());
    },
  };
}
