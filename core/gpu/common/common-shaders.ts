/** The shared WGSL sources of `shaders/common/`, as strings (imported with `?raw`). */
import activationWgsl from '#shaders/common/activation.wgsl?raw';
import copyWgsl from '#shaders/common/copy.wgsl?raw';
import reduceWgsl from '#shaders/common/reduce.wgsl?raw';
import rowTileWgsl from '#shaders/common/row-tile.wgsl?raw';
import softmaxNormalizeWgsl from '#shaders/common/softmax-normalize.wgsl?raw';
import weightedRowSumWgsl from '#shaders/common/weighted-row-sum.wgsl?raw';
import workgroupIndexWgsl from '#shaders/common/workgroup-index.wgsl?raw';
import { composeWgsl } from './wgsl.ts';

/** `flat_workgroup_index(workgroup_id, num_workgroups)`: prepend to every kernel dispatched with a 2-D grid. */
export const WORKGROUP_INDEX_WGSL = workgroupIndexWgsl;
/** `row_tile_sum`: cooperative column sums over row blocks; the includer defines `tile_value(row, col)`. */
export const ROW_TILE_WGSL = rowTileWgsl;

/** Complete, composed shared modules, keyed by name (used by the compile test and the hosts below). */
export const COMMON_MODULES = {
  reduce: composeWgsl(workgroupIndexWgsl, reduceWgsl),
  softmaxNormalize: composeWgsl(workgroupIndexWgsl, softmaxNormalizeWgsl),
  weightedRowSum: composeWgsl(workgroupIndexWgsl, rowTileWgsl, weightedRowSumWgsl),
  copy: composeWgsl(workgroupIndexWgsl, copyWgsl),
  activation: activationWgsl,
} as const;

/** Entry points of each shared module. */
export const COMMON_ENTRY_POINTS: Readonly<Record<keyof typeof COMMON_MODULES, readonly string[]>> = {
  reduce: ['reduce_max', 'reduce_sum'],
  softmaxNormalize: ['softmax_normalize'],
  weightedRowSum: ['row_tile_sum'],
  copy: ['copy_vec4'],
  activation: ['activate'],
};
