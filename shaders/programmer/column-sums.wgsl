// Neural Programmer, the aggregate operations of step t (Neelakantan et al. 2016, Table 1):
//   sum_t(j) = Σ_i rs_(t−1)(i)·table(i, j) for every column j, and count_t = Σ_i rs_(t−1)(i),
// as one cooperative column sum over C + 1 columns (column C is the count): several workgroups each sum a
// block of rows (shaders/common/row-tile.wgsl, tile.cols = C + 1) and the host folds their partials
// (core/gpu/common/row-tile.ts createColumnSum). Compose after workgroup-index.wgsl and row-tile.wgsl.
// Host: core/gpu/programmer/programmer-gpu-engine.ts.

struct ColumnSumParams {
  // C, the table's width (the row stride of sum_table).
  columns: u32,
  // Index in sum_selectors of rs_(t−1)(0): the selectors of every step live in one buffer.
  selector_offset: u32,
}

@group(0) @binding(2) var<storage, read> sum_table: array<f32>;
@group(0) @binding(3) var<storage, read> sum_selectors: array<f32>;
@group(0) @binding(4) var<uniform> sum_params: ColumnSumParams;

fn tile_value(row: u32, col: u32) -> f32 {
  let r = sum_selectors[sum_params.selector_offset + row];
  if (col == sum_params.columns) {
    return r;
  }
  return r * sum_table[row * sum_params.columns + col];
}
