/**
 * Dispatch helpers: 2-D workgroup grids (WebGPU allows at most 65,535 workgroups per dimension, so big N
 * is split over x and y; kernels rebuild the flat index with `flat_workgroup_index` from
 * shaders/common/workgroup-index.wgsl and return when it is past the end), and recorded dispatch lists.
 */

/** The WebGPU default (and common) `maxComputeWorkgroupsPerDimension`. */
export const MAX_WORKGROUPS_PER_DIMENSION = 65_535;

/** Splits `groups` workgroups into an (x, y) grid with x, y ≤ `maxPerDimension`; x·y ≥ groups. */
export function workgroupGrid(groups: number, maxPerDimension = MAX_WORKGROUPS_PER_DIMENSION): [number, number] {
  if (!Number.isInteger(groups) || groups < 1) throw new RangeError(`workgroup count must be a positive integer, got ${groups}`);
  const x = Math.min(groups, maxPerDimension);
  const y = Math.ceil(groups / x);
  if (y > maxPerDimension) throw new RangeError(`${groups} workgroups exceed ${maxPerDimension}² per dispatch`);
  return [x, y];
}

/** One recorded compute dispatch: pipeline, its bind group and how many workgroups (flat). */
export interface ComputeDispatch {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroup: GPUBindGroup;
  readonly workgroups: number;
  readonly label?: string;
}

/** Encodes dispatches in order into one compute pass; WebGPU orders their storage writes, so no read-back is needed between them. */
export function encodeDispatches(pass: GPUComputePassEncoder, dispatches: readonly ComputeDispatch[]): void {
  for (const d of dispatches) {
    pass.setPipeline(d.pipeline);
    pass.setBindGroup(0, d.bindGroup);
    const [x, y] = workgroupGrid(d.workgroups);
    pass.dispatchWorkgroups(x, y);
  }
}

/** Records `dispatches` in one compute pass of `encoder` (a new one by default) and returns the encoder, unsubmitted. */
export function recordDispatches(device: GPUDevice, dispatches: readonly ComputeDispatch[], encoder = device.createCommandEncoder()): GPUCommandEncoder {
  const pass = encoder.beginComputePass();
  encodeDispatches(pass, dispatches);
  pass.end();
  return encoder;
}
