// Neural Programmer, the row-wise part of step t (Neelakantan et al. 2016, Table 1 and §2.4), one thread per row:
//   rs_t(i) = α(and)·min(rs_(t−1)(i), rs_(t−2)(i)) + α(or)·max(rs_(t−1)(i), rs_(t−2)(i)) + α(reset)·1
//           + α(greater)·Σ_j α_col(j)·[table(i, j) > pivot] + α(lesser)·Σ_j α_col(j)·[table(i, j) < pivot]
//   lookup_t(i, j) = α_col(j)·α(assign)·rs_(t−1)(i)
// Row selectors of every step share one buffer (offsets in the params); α_op is T × 9 in the order
// sum, count, difference, greater, lesser, and, or, assign, reset; α_col is T × C.
// Compose after workgroup-index.wgsl (2-D grids for big tables). Host: core/gpu/programmer/programmer-gpu-engine.ts.

struct MixRowsParams {
  rows: u32,
  columns: u32,
  // t − 1: which row of the weight buffers this step reads.
  step: u32,
  // Offsets in mix_selectors of rs_(t−1), rs_(t−2) and rs_t.
  previous: u32,
  previous2: u32,
  output: u32,
  pivot: f32,
}

const OPERATIONS_PER_STEP: u32 = 9u;
const OP_GREATER: u32 = 3u;
const OP_LESSER: u32 = 4u;
const OP_AND: u32 = 5u;
const OP_OR: u32 = 6u;
const OP_ASSIGN: u32 = 7u;
const OP_RESET: u32 = 8u;

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> mix_table: array<f32>;
@group(0) @binding(1) var<storage, read> mix_op_weights: array<f32>;
@group(0) @binding(2) var<storage, read> mix_column_weights: array<f32>;
@group(0) @binding(3) var<storage, read_write> mix_selectors: array<f32>;
@group(0) @binding(4) var<storage, read_write> mix_lookup: array<f32>;
@group(0) @binding(5) var<uniform> mix_params: MixRowsParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn mix_rows(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let row = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (row >= mix_params.rows) {
    return;
  }
  let a = mix_params.step * OPERATIONS_PER_STEP;
  let c = mix_params.step * mix_params.columns;
  let r1 = mix_selectors[mix_params.previous + row];
  let r2 = mix_selectors[mix_params.previous2 + row];
  let assign = mix_op_weights[a + OP_ASSIGN] * r1;
  var greater = 0.0;
  var lesser = 0.0;
  for (var j = 0u; j < mix_params.columns; j++) {
    let x = mix_table[row * mix_params.columns + j];
    let w = mix_column_weights[c + j];
    greater += select(0.0, w, x > mix_params.pivot);
    lesser += select(0.0, w, x < mix_params.pivot);
    mix_lookup[row * mix_params.columns + j] = w * assign;
  }
  mix_selectors[mix_params.output + row] = mix_op_weights[a + OP_AND] * min(r1, r2)
    + mix_op_weights[a + OP_OR] * max(r1, r2)
    + mix_op_weights[a + OP_RESET]
    + mix_op_weights[a + OP_GREATER] * greater
    + mix_op_weights[a + OP_LESSER] * lesser;
}
