/**
 * The trained copy NTM's controller and output layer on WebGPU (shaders/ntm/lstm-controller.wgsl, and the common
 * dense layer core/gpu/common/dense.ts for the output): the same LSTM step, head activations and output as the float64 reference
 * (core/models/ntm/trained/controller.ts), in float32, within 1e-5 of it. The weights are uploaded once; each
 * step is one dispatch (the LSTM cell, the head layer and its activations in one workgroup). `step` and `output`
 * read back (to check one step); a whole run encodes `encoded`'s dispatches with no read-back (trained-copy-gpu.ts).
 */
import { createCheckedBuffer, createF32Buffer, createUniformBuffer, readBackF32, writeF32 } from '../common/buffers.ts';
import { createDenseLayer } from '../common/dense.ts';
import { recordDispatches, type ComputeDispatch } from '../common/dispatch.ts';
import { getComputeKernel } from '../common/kernel.ts';
import type { NtmHeadParameters } from '../../models/ntm/step-input.ts';
import type { ControllerOutput, LstmState } from '../../models/ntm/trained/controller.ts';
import type { NtmCopyModel } from '../../models/ntm/trained/forward.ts';
import { controllerInputWidth, headLayerLayout, type HeadLayout } from '../../models/ntm/trained/sizes.ts';
import controllerWgsl from '#shaders/ntm/lstm-controller.wgsl?raw';

/** The controller's f32 buffers: [x_t; r_{t−1}], the state [h; c] in and out, the activated head layer, [h_t; r_t] and y_t. */
export interface NtmControllerBuffers {
  readonly input: GPUBuffer;
  readonly stateIn: GPUBuffer;
  readonly stateOut: GPUBuffer;
  readonly heads: GPUBuffer;
  readonly outInput: GPUBuffer;
  readonly bits: GPUBuffer;
}

/** The controller on a device. */
export interface NtmControllerGpu {
  /** Its buffers and dispatches (the controller step; the output layer), for a run encoded whole on the GPU. */
  readonly encoded: { readonly buffers: NtmControllerBuffers; readonly controller: ComputeDispatch; readonly output: readonly ComputeDispatch[] };
  /** One controller step: the LSTM on [x_t; r_{t−1}], the heads' parameters; one dispatch, one read-back. */
  step(x: ArrayLike<number>, previousRead: ArrayLike<number>, state: LstmState): Promise<ControllerOutput>;
  /** y_t = σ(W_y [h_t; r_t] + b_y). */
  output(h: ArrayLike<number>, read: ArrayLike<number>): Promise<Float64Array>;
  destroy(): void;
}

const ROLE = { tanh: 0, softplus: 1, sigmoid: 2, softmax: 3, onePlusSoftplus: 4 } as const;

/** The activation of each head-layer entry and, for the shift softmax, where its group of 3 starts. */
export function headRoles(memoryWidth: number): { roles: Uint32Array; groups: Uint32Array } {
  const layout = headLayerLayout(memoryWidth);
  const roles = new Uint32Array(layout.width);
  const groups = new Uint32Array(layout.width);
  const mark = (at: HeadLayout): void => {
    for (let j = 0; j < memoryWidth; j++) roles[at.key + j] = ROLE.tanh;
    roles[at.beta] = ROLE.softplus;
    roles[at.gate] = ROLE.sigmoid;
    for (let j = 0; j < 3; j++) [roles[at.shift + j], groups[at.shift + j]] = [ROLE.softmax, at.shift];
    roles[at.gamma] = ROLE.onePlusSoftplus;
    for (let j = 0; j < memoryWidth && at.erase !== undefined; j++) roles[at.erase + j] = ROLE.sigmoid;
    for (let j = 0; j < memoryWidth && at.add !== undefined; j++) roles[at.add + j] = ROLE.tanh;
  };
  mark(layout.read);
  mark(layout.write);
  return { roles, groups };
}

function u32Buffer(device: GPUDevice, data: Uint32Array, label: string): GPUBuffer {
  const buffer = createCheckedBuffer(device, {
    size: Math.max(16, Math.ceil(data.byteLength / 16) * 16),
    usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    label,
  });
  device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  return buffer;
}

/** One head's parameters from the activated head layer `p` (zeros for the erase and add vectors a read head has not). */
export function headParams(p: ArrayLike<number>, at: HeadLayout, m: number): NtmHeadParameters {
  const slice = (from: number | undefined, n: number): Float64Array =>
    from === undefined ? new Float64Array(n) : Float64Array.from({ length: n }, (_, j) => p[from + j]!);
  return {
    key: slice(at.key, m),
    beta: p[at.beta]!,
    gate: p[at.gate]!,
    shift: slice(at.shift, 3),
    gamma: p[at.gamma]!,
    erase: slice(at.erase, m),
    add: slice(at.add, m),
  };
}

/** Uploads `model`'s weights to `device` and compiles both kernels. */
export async function createNtmControllerGpu(device: GPUDevice, model: NtmCopyModel): Promise<NtmControllerGpu> {
  const { sizes, weights } = model;
  const inputWidth = controllerInputWidth(sizes);
  const layout = headLayerLayout(sizes.memoryWidth);
  if (sizes.hidden > 256 || layout.width > 256)
    throw new RangeError(`controller on the GPU: hidden ${sizes.hidden} and head layer ${layout.width} must be ≤ 256`);
  const controller = await getComputeKernel(device, { label: 'ntm controller', code: controllerWgsl, entryPoint: 'ntm_controller' });
  // y_t = σ(W_y [h_t; r_t] + b_y), W_y stored (H + M) × bits.
  const output = await createDenseLayer(device, {
    weights: weights.outKernel.flat(),
    layout: 'inputs-by-units',
    units: sizes.bits,
    width: sizes.hidden + sizes.memoryWidth,
    bias: weights.outBias,
    activation: 'sigmoid',
    label: 'ntm copy output',
  });
  const owned: GPUBuffer[] = [];
  const f32 = (count: number, label: string, data?: ArrayLike<number>): GPUBuffer => {
    const b = createF32Buffer(device, count, label, data);
    owned.push(b);
    return b;
  };
  const ctlView = controller.uniformView('ctl');
  ctlView.set({ input_width: inputWidth, hidden: sizes.hidden, heads: layout.width, clip: sizes.clip });
  const { roles, groups } = headRoles(sizes.memoryWidth);
  const ctlUniform = createUniformBuffer(device, ctlView, 'ntm controller params');
  const roleBuffer = u32Buffer(device, roles, 'ntm head roles');
  const groupBuffer = u32Buffer(device, groups, 'ntm head groups');
  owned.push(ctlUniform, roleBuffer, groupBuffer);
  const buffers: NtmControllerBuffers = {
    input: f32(inputWidth, 'ntm controller input'),
    stateIn: f32(2 * sizes.hidden, 'ntm state in'),
    stateOut: f32(2 * sizes.hidden, 'ntm state out'),
    heads: f32(layout.width, 'ntm head parameters'),
    outInput: output.input,
    bits: output.output,
  };
  const controllerGroup = controller.bindGroup({
    ctl: ctlUniform,
    lstm_kernel: f32(weights.lstmKernel.length * 4 * sizes.hidden, 'ntm lstm kernel', weights.lstmKernel.flat()),
    lstm_bias: f32(4 * sizes.hidden, 'ntm lstm bias', weights.lstmBias),
    head_kernel: f32(sizes.hidden * layout.width, 'ntm head kernel', weights.headKernel.flat()),
    head_bias: f32(layout.width, 'ntm head bias', weights.headBias),
    head_role: roleBuffer,
    head_group: groupBuffer,
    ctl_input: buffers.input,
    state_in: buffers.stateIn,
    state_out: buffers.stateOut,
    head_out: buffers.heads,
  });
  const controllerDispatch: ComputeDispatch = { pipeline: controller.pipeline, bindGroup: controllerGroup, workgroups: 1, label: 'ntm controller' };
  return {
    encoded: { buffers, controller: controllerDispatch, output: output.dispatches },
    async step(x, previousRead, state) {
      writeF32(device, buffers.input, [...Array.from(x), ...Array.from(previousRead)]);
      writeF32(device, buffers.stateIn, [...state.h, ...state.c]);
      const encoder = recordDispatches(device, [controllerDispatch]);
      const [s, p] = await readBackF32(
        device,
        [
          { buffer: buffers.stateOut, count: 2 * sizes.hidden },
          { buffer: buffers.heads, count: layout.width },
        ],
        encoder,
      );
      const h = Float64Array.from(s!.subarray(0, sizes.hidden));
      const c = Float64Array.from(s!.subarray(sizes.hidden));
      const heads = Float64Array.from(p!);
      return {
        state: { h, c },
        read: headParams(heads, { ...layout.read }, sizes.memoryWidth),
        write: headParams(heads, layout.write, sizes.memoryWidth),
      };
    },
    async output(h, read) {
      writeF32(device, buffers.outInput, [...Array.from(h), ...Array.from(read)]);
      const encoder = recordDispatches(device, output.dispatches);
      const [bits] = await readBackF32(device, [{ buffer: buffers.bits, count: sizes.bits }], encoder);
      return Float64Array.from(bits!);
    },
    destroy() {
      output.destroy();
      for (const b of owned) b.destroy();
    },
  };
}
