/** The Neural Programmer's WGSL (shaders/programmer/), composed with the shared helpers it needs. */
import columnSumsWgsl from '#shaders/programmer/column-sums.wgsl?raw';
import mixRowsWgsl from '#shaders/programmer/mix-rows.wgsl?raw';
import mixScalarWgsl from '#shaders/programmer/mix-scalar.wgsl?raw';
import { ROW_TILE_WGSL, WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** Complete modules, keyed by name, with their entry points (the compile test builds every one). */
export const PROGRAMMER_MODULES = {
  columnSums: { code: composeWgsl(WORKGROUP_INDEX_WGSL, ROW_TILE_WGSL, columnSumsWgsl), entryPoint: 'row_tile_sum' },
  mixRows: { code: composeWgsl(WORKGROUP_INDEX_WGSL, mixRowsWgsl), entryPoint: 'mix_rows' },
  mixScalar: { code: mixScalarWgsl, entryPoint: 'mix_scalar' },
} as const;
