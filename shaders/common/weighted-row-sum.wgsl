// Weighted row sum: out[col] = Σ_row w(row)·X[row, col] (tile.weighted = 1), or the plain column sum
// (tile.weighted = 0: the later levels that add up partials). X is row-major, rows × cols.
// Compose after workgroup-index.wgsl and row-tile.wgsl. Host: core/gpu/common/weighted-row-sum.ts.

@group(0) @binding(2) var<storage, read> row_sum_matrix: array<f32>;
@group(0) @binding(3) var<storage, read> row_sum_weights: array<f32>;

fn tile_value(row: u32, col: u32) -> f32 {
  let x = row_sum_matrix[row * tile.cols + col];
  if (tile.weighted == 0u) {
    return x;
  }
  return row_sum_weights[row] * x;
}
