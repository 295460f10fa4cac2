/**
 * Host side of shaders/common/row-tile.wgsl: the launch geometry of cooperative column sums over row blocks,
 * and the chain of unweighted levels that folds per-workgroup partials (G × cols) down to one row.
 * Any kernel composed with row-tile.wgsl (e.g. the NTM's fused read/write) writes partials in this layout
 * and then appends {@link createColumnSum}'s dispatches.
 */
import { createF32Buffer, createUniformBuffer } from './buffers.ts';
import { COMMON_MODULES } from './common-shaders.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { DEFAULT_WORKGROUP_SIZE, getComputeKernel, type ComputeKernel } from './kernel.ts';
import { targetWorkgroups } from './occupancy.ts';

/** The values of the WGSL `RowTileParams` struct (plus the workgroup count). */
export interface RowTileGeometry {
  readonly rows: number;
  readonly cols: number;
  readonly cols_per_pass: number;
  readonly lanes: number;
  readonly lane_pow2: number;
  readonly rows_per_group: number;
  readonly col_passes: number;
  readonly weighted: number;
  /** Workgroups to dispatch, i.e. rows of partials produced. */
  readonly groups: number;
}

/** The fewest rows each lane sums before handing its partial on. */
export const MIN_ROWS_PER_LANE = 16;

/**
 * Computes the launch geometry for a rows × cols matrix and a workgroup of `workgroupSize` threads, with about
 * `target` workgroups (core/gpu/common/occupancy.ts) and at least {@link MIN_ROWS_PER_LANE} rows per lane.
 */
export function rowTileGeometry(rows: number, cols: number, weighted: boolean, workgroupSize = DEFAULT_WORKGROUP_SIZE, target = 1024): RowTileGeometry {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) throw new RangeError(`row tile needs rows, cols ≥ 1, got ${rows} × ${cols}`);
  const colsPerPass = Math.min(cols, workgroupSize);
  const lanes = Math.floor(workgroupSize / colsPerPass);
  let lanePow2 = 1;
  while (lanePow2 < lanes) lanePow2 *= 2;
  const rowsPerGroup = lanes * Math.max(MIN_ROWS_PER_LANE, Math.ceil(rows / (lanes * target)));
  return {
    rows,
    cols,
    cols_per_pass: colsPerPass,
    lanes,
    lane_pow2: lanePow2,
    rows_per_group: rowsPerGroup,
    col_passes: Math.ceil(cols / colsPerPass),
    weighted: weighted ? 1 : 0,
    groups: Math.ceil(rows / rowsPerGroup),
  };
}

/** A uniform buffer holding `tile` for `kernel` (any kernel composed with row-tile.wgsl). */
export function createRowTileParams(device: GPUDevice, kernel: ComputeKernel, geometry: RowTileGeometry, label: string): GPUBuffer {
  const view = kernel.uniformView('tile');
  const { groups: _groups, ...fields } = geometry;
  view.set(fields);
  return createUniformBuffer(device, view, label);
}

/** Recorded dispatches plus the buffers they own. */
export interface RecordedChain {
  readonly dispatches: readonly ComputeDispatch[];
  destroy(): void;
}

/** The weighted-row-sum kernel (also used unweighted for the later levels). */
export function getWeightedRowSumKernel(device: GPUDevice): Promise<ComputeKernel> {
  return getComputeKernel(device, { label: 'weighted row sum', code: COMMON_MODULES.weightedRowSum, entryPoint: 'row_tile_sum' });
}

/**
 * Records the levels that sum `partials` (rows × cols, row-major) over its rows into `output` (cols).
 * With rows = 1 it is a single copy-like level, so `output` always receives the result.
 */
export async function createColumnSum(
  device: GPUDevice,
  options: { partials: GPUBuffer; rows: number; cols: number; output: GPUBuffer; label?: string },
): Promise<RecordedChain> {
  const kernel = await getWeightedRowSumKernel(device);
  const label = options.label ?? 'column sum';
  const owned: GPUBuffer[] = [];
  const dummyWeights = createF32Buffer(device, 1, `${label} unit weights`);
  owned.push(dummyWeights);
  const dispatches: ComputeDispatch[] = [];
  let source = options.partials;
  let rows = options.rows;
  for (let level = 0; ; level++) {
    const geometry = rowTileGeometry(rows, options.cols, false, kernel.workgroupSize, targetWorkgroups(device));
    const last = geometry.groups === 1;
    const target = last ? options.output : createF32Buffer(device, geometry.groups * options.cols, `${label} level ${level}`);
    if (!last) owned.push(target);
    const params = createRowTileParams(device, kernel, geometry, `${label} params ${level}`);
    owned.push(params);
    dispatches.push({
      pipeline: kernel.pipeline,
      bindGroup: kernel.bindGroup({ tile_partials: target, tile: params, row_sum_matrix: source, row_sum_weights: dummyWeights }),
      workgroups: geometry.groups,
      label: `${label} ${level}`,
    });
    if (last) break;
    source = target;
    rows = geometry.groups;
  }
  return { dispatches, destroy: () => owned.forEach((b) => b.destroy()) };
}
