// Column sums over blocks of rows, with several workgroups cooperating: the core of weighted row sums
// (r = Σ_i w(i)·M_i, NTM eq. 2; an attention context; ACT's weighted mean) and of column reductions.
//
// Workgroup g sums tile_value(row, col) over rows [g·R, min(g·R + R, rows)) for every column and writes
// tile_partials[g·cols + col]. Threads are laid out as `lanes` lanes × `cols_per_pass` columns, so that
// neighbouring threads read neighbouring columns of a row; columns wider than the workgroup take several passes.
// The host (core/gpu/common/row-tile.ts) computes RowTileParams and chains levels until one row is left.
//
// The including shader MUST define `fn tile_value(row: u32, col: u32) -> f32`, which is called exactly once
// per (row, col) of the matrix (so it may also write an output element, as the NTM's fused read/write does),
// and declare its own bindings from @binding(2) on. Requires shaders/common/workgroup-index.wgsl.

struct RowTileParams {
  rows: u32,
  cols: u32,
  cols_per_pass: u32,
  lanes: u32,
  lane_pow2: u32,
  rows_per_group: u32,
  col_passes: u32,
  weighted: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read_write> tile_partials: array<f32>;
@group(0) @binding(1) var<uniform> tile: RowTileParams;

var<workgroup> tile_scratch: array<f32, WORKGROUP_SIZE>;

@compute @workgroup_size(WORKGROUP_SIZE)
fn row_tile_sum(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let group = flat_workgroup_index(wid, nwg);
  let row_start = group * tile.rows_per_group;
  if (row_start >= tile.rows) {
    return;
  }
  let row_end = min(row_start + tile.rows_per_group, tile.rows);
  let lane = lid / tile.cols_per_pass;
  let col_in_pass = lid % tile.cols_per_pass;
  for (var col_pass = 0u; col_pass < tile.col_passes; col_pass++) {
    let col = col_pass * tile.cols_per_pass + col_in_pass;
    var acc = 0.0;
    if (lane < tile.lanes && col < tile.cols) {
      for (var row = row_start + lane; row < row_end; row += tile.lanes) {
        acc += tile_value(row, col);
      }
    }
    tile_scratch[lid] = acc;
    workgroupBarrier();
    for (var stride = tile.lane_pow2 / 2u; stride > 0u; stride /= 2u) {
      if (lane < stride && lane + stride < tile.lanes) {
        tile_scratch[lid] += tile_scratch[lid + stride * tile.cols_per_pass];
      }
      workgroupBarrier();
    }
    if (lane == 0u && col < tile.cols) {
      tile_partials[group * tile.cols + col] = tile_scratch[lid];
    }
    workgroupBarrier();
  }
}
