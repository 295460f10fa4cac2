/**
 * A dense layer on the GPU, y = f(W x + b): the common matmul (shaders/common/matmul.wgsl) as a 1-row product,
 * then an elementwise activation in place (shaders/common/activation.wgsl) for tanh or σ. The one matrix–vector
 * product the trained models' cells share (the reorder model's encoder, decoder and output layers, the copy
 * NTM's output layer); the fused single-workgroup cells (the NTM's LSTM controller, the ACT cell) keep theirs.
 *
 * ```ts
 * const layer = await createDenseLayer(device, { weights, layout: 'units-by-inputs', units, width, bias, activation: 'tanh' });
 * writeF32(device, layer.input, x);
 * const [y] = await readBackF32(device, [{ buffer: layer.output, count: units }], recordDispatches(device, layer.dispatches));
 * ```
 */
import { createF32Buffer, createUniformBuffer } from './buffers.ts';
import { COMMON_MODULES } from './common-shaders.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { getComputeKernel } from './kernel.ts';
import { createMatmul } from './matmul.ts';

/** The activation applied after W x + b. */
export type DenseActivation = 'identity' | 'tanh' | 'sigmoid';

const MODE: Record<Exclude<DenseActivation, 'identity'>, number> = { tanh: 0, sigmoid: 1 };

/** Options of {@link createDenseLayer}. */
export interface DenseLayerOptions {
  /** W, flat: units × width when `layout` is 'units-by-inputs' (a row per output unit), width × units otherwise. */
  readonly weights: ArrayLike<number>;
  readonly layout: 'units-by-inputs' | 'inputs-by-units';
  readonly units: number;
  readonly width: number;
  /** b, length `units`. */
  readonly bias: ArrayLike<number>;
  readonly activation: DenseActivation;
  readonly label: string;
}

/** A recorded dense layer: write x into `input`, run `dispatches`, read y from `output`. */
export interface DenseLayer {
  readonly input: GPUBuffer;
  readonly output: GPUBuffer;
  readonly width: number;
  readonly units: number;
  readonly dispatches: readonly ComputeDispatch[];
  destroy(): void;
}

/** Uploads W and b and records the layer. */
export async function createDenseLayer(device: GPUDevice, options: DenseLayerOptions): Promise<DenseLayer> {
  const { units, width, label } = options;
  if (options.weights.length !== units * width)
    throw new RangeError(`${label} weights: got ${options.weights.length} numbers; expected ${units} × ${width} = ${units * width}`);
  if (options.bias.length !== units) throw new RangeError(`${label} bias: got ${options.bias.length} numbers; expected ${units}`);
  const owned = [
    createF32Buffer(device, width, `${label} input`),
    createF32Buffer(device, units, `${label} output`),
    createF32Buffer(device, units * width, `${label} weights`, options.weights),
    createF32Buffer(device, units, `${label} bias`, options.bias),
  ];
  const [input, output, weights, bias] = owned as [GPUBuffer, GPUBuffer, GPUBuffer, GPUBuffer];
  const matmul = await createMatmul(device, {
    a: input,
    b: weights,
    bias,
    out: output,
    rows: 1,
    cols: units,
    inner: width,
    transposeB: options.layout === 'units-by-inputs',
    label,
  });
  const dispatches = [...matmul.dispatches];
  if (options.activation !== 'identity') {
    const kernel = await getComputeKernel(device, { label: 'activation', code: COMMON_MODULES.activation, entryPoint: 'activate' });
    const view = kernel.uniformView('activation_params');
    view.set({ count: units, mode: MODE[options.activation] });
    const params = createUniformBuffer(device, view, `${label} ${options.activation} params`);
    owned.push(params);
    const bindGroup = kernel.bindGroup({ activation_values: output, activation_params: params });
    dispatches.push({ pipeline: kernel.pipeline, bindGroup, workgroups: Math.ceil(units / kernel.workgroupSize), label: `${label} ${options.activation}` });
  }
  return {
    input,
    output,
    width,
    units,
    dispatches,
    destroy() {
      matmul.destroy();
      for (const b of owned) b.destroy();
    },
  };
}
