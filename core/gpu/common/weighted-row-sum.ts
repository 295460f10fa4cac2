/**
 * Weighted row sum on the GPU: out[c] = Σ_r w(r)·X[r, c] for a row-major rows × cols matrix (NTM eq. 2's
 * read r = Σ_i w(i)·M_i; an attention context vector; ACT's weighted mean of states). Several workgroups each
 * sum a block of rows (shaders/common/row-tile.wgsl), then {@link createColumnSum} folds their partials.
 *
 * ```ts
 * const wrs = await createWeightedRowSum(device, { matrix, weights, rows: n, cols: m, output });
 * encodeDispatches(pass, wrs.dispatches);
 * ```
 * Omit `weights` for a plain column sum.
 */
import { createF32Buffer } from './buffers.ts';
import type { ComputeDispatch } from './dispatch.ts';
import { targetWorkgroups } from './occupancy.ts';
import { createColumnSum, createRowTileParams, getWeightedRowSumKernel, rowTileGeometry, type RecordedChain } from './row-tile.ts';

/** Options of {@link createWeightedRowSum}. */
export interface WeightedRowSumOptions {
  readonly matrix: GPUBuffer;
  /** Per-row weights (length rows); omitted: all 1. */
  readonly weights?: GPUBuffer;
  readonly rows: number;
  readonly cols: number;
  /** Receives cols floats. */
  readonly output: GPUBuffer;
  readonly label?: string;
}

/** Records a weighted row sum (see the module comment). */
export async function createWeightedRowSum(device: GPUDevice, options: WeightedRowSumOptions): Promise<RecordedChain> {
  const kernel = await getWeightedRowSumKernel(device);
  const label = options.label ?? 'weighted row sum';
  const geometry = rowTileGeometry(options.rows, options.cols, options.weights !== undefined, kernel.workgroupSize, targetWorkgroups(device));
  const owned: GPUBuffer[] = [];
  const weights = options.weights ?? createF32Buffer(device, 1, `${label} unit weights`);
  if (!options.weights) owned.push(weights);
  const single = geometry.groups === 1;
  const partials = single ? options.output : createF32Buffer(device, geometry.groups * options.cols, `${label} partials`);
  if (!single) owned.push(partials);
  const params = createRowTileParams(device, kernel, geometry, `${label} params`);
  owned.push(params);
  const first: ComputeDispatch = {
    pipeline: kernel.pipeline,
    bindGroup: kernel.bindGroup({ tile_partials: partials, tile: params, row_sum_matrix: options.matrix, row_sum_weights: weights }),
    workgroups: geometry.groups,
    label,
  };
  const rest = single
    ? undefined
    : await createColumnSum(device, {
        partials,
        rows: geometry.groups,
        cols: options.cols,
        output: options.output,
        label: `${label} fold`,
      });
  return {
    dispatches: [first, ...(rest?.dispatches ?? [])],
    destroy() {
      rest?.destroy();
      owned.forEach((b) => b.destroy());
    },
  };
}
