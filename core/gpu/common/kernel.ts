/**
 * A compute kernel: one entry point of a composed WGSL module, its pipeline and an explicit bind group layout
 * reflected from the WGSL by webgpu-utils (so the WGSL is the single source of truth for bindings and structs).
 *
 * ```ts
 * const k = await getComputeKernel(device, { label: 'reduce', code: composeWgsl(indexWgsl, reduceWgsl), entryPoint: 'reduce_sum' });
 * const params = k.uniformView('reduce_params');   // makeStructuredView of the WGSL struct
 * params.set({ n: 100, mode: 0, scale: 1 });
 * const bindGroup = k.bindGroup({ reduce_input: a, reduce_output: b, reduce_reference: c, reduce_params: createUniformBuffer(device, params, 'p') });
 * ```
 * Kernels are cached per device by (code, entry point, constants): create them freely.
 *
 * webgpu-utils is imported lazily, when the first kernel is built: on Node 20 it needs the `Float16Array`
 * stub that `requestDawnDevice()` (app/node/dawn-device.ts) installs, so importing core/gpu is always safe.
 */
import type { ShaderDataDefinitions, StructuredView } from 'webgpu-utils';
import { createCheckedShaderModule } from './wgsl.ts';

/** What {@link getComputeKernel} needs. */
export interface ComputeKernelSpec {
  /** A name for errors and debugging labels. */
  readonly label: string;
  /** The full, composed WGSL source. */
  readonly code: string;
  /** The `@compute` entry point. */
  readonly entryPoint: string;
  /** Values for `override` constants (e.g. `{ WORKGROUP_SIZE: 128 }`). */
  readonly constants?: Readonly<Record<string, number>>;
}

/** A ready pipeline with name-based binding. */
export interface ComputeKernel {
  readonly label: string;
  readonly pipeline: GPUComputePipeline;
  readonly layout: GPUBindGroupLayout;
  readonly defs: ShaderDataDefinitions;
  /** The workgroup size the pipeline was built with (the `WORKGROUP_SIZE` override, default 256). */
  readonly workgroupSize: number;
  /** Creates a bind group from buffers keyed by the WGSL variable names of group 0. */
  bindGroup(resources: Readonly<Record<string, GPUBuffer>>): GPUBindGroup;
  /** A structured view of a `var<uniform>` (by variable name), to fill with `.set({...})`. */
  uniformView(name: string): StructuredView;
}

const cache = new WeakMap<GPUDevice, Map<string, Promise<ComputeKernel>>>();

/** The default `WORKGROUP_SIZE` of the shared kernels (the WebGPU default limit for invocations is 256). */
export const DEFAULT_WORKGROUP_SIZE = 256;

/** Returns the (cached) kernel for `spec` on `device`; rejects with a WgslCompileError when the WGSL does not compile. */
export function getComputeKernel(device: GPUDevice, spec: ComputeKernelSpec): Promise<ComputeKernel> {
  let perDevice = cache.get(device);
  if (!perDevice) {
    perDevice = new Map();
    cache.set(device, perDevice);
  }
  const key = `${spec.entryPoint}\u0000${JSON.stringify(spec.constants ?? {})}\u0000${spec.code}`;
  let kernel = perDevice.get(key);
  if (!kernel) {
    kernel = buildKernel(device, spec);
    perDevice.set(key, kernel);
    kernel.catch(() => perDevice.delete(key));
  }
  return kernel;
}

async function buildKernel(device: GPUDevice, spec: ComputeKernelSpec): Promise<ComputeKernel> {
  const module = await createCheckedShaderModule(device, spec.code, spec.label);
  const { makeBindGroupLayoutDescriptors, makeShaderDataDefinitions, makeStructuredView } = await import('webgpu-utils');
  const defs = makeShaderDataDefinitions(spec.code);
  const compute: GPUProgrammableStage = { module, entryPoint: spec.entryPoint, constants: { ...(spec.constants ?? {}) } };
  const [layoutDescriptor] = makeBindGroupLayoutDescriptors(defs, { compute });
  const layout = device.createBindGroupLayout({ ...(layoutDescriptor ?? { entries: [] }), label: `${spec.label} layout` });
  const pipeline = await device.createComputePipelineAsync({
    label: spec.label,
    layout: device.createPipelineLayout({ bindGroupLayouts: [layout] }),
    compute,
  });
  const bindingOf = (name: string): number => {
    const v = defs.storages[name] ?? defs.uniforms[name];
    if (!v) throw new Error(`${spec.label}: no binding named ${name}`);
    return v.binding;
  };
  return {
    label: spec.label,
    pipeline,
    layout,
    defs,
    workgroupSize: spec.constants?.WORKGROUP_SIZE ?? DEFAULT_WORKGROUP_SIZE,
    bindGroup: (resources) =>
      device.createBindGroup({
        label: spec.label,
        layout,
        entries: Object.entries(resources).map(([name, buffer]) => ({ binding: bindingOf(name), resource: { buffer } })),
      }),
    uniformView: (name) => {
      const v = defs.uniforms[name];
      if (!v) throw new Error(`${spec.label}: no uniform named ${name}`);
      return makeStructuredView(v);
    },
  };
}
