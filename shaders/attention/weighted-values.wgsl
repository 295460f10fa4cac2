// The context vectors of every output step, C = α · V (Bahdanau, Cho & Bengio 2014 eq. 5: c_i = Σ_j α_ij h_j),
// for α S × T and V T × Dv with Dv a multiple of 4, in two barrier-free passes:
// - weighted_values_partial: one thread per (step s, block of 64 positions, 4 value columns) sums its block,
//   reading V as vec4 rows: T/64 times more threads than one per output, so both of SwiftShader's cores work
//   even for a single decoder step;
// - weighted_values_fold: one thread per (s, 4 columns) adds the blocks in order.
// The blocks of 64 are the float32 blocking of shaders/common/matmul.wgsl: rounding grows like (64 + T/64)·ε.
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/attention/weighted-values.ts.

struct WeightedValuesParams {
  steps: u32,
  positions: u32,
  // Dv / 4
  columns4: u32,
  // ceil(positions / 64)
  blocks: u32,
}

override WORKGROUP_SIZE: u32 = 64u;
const WEIGHTED_VALUES_BLOCK: u32 = 64u;

@group(0) @binding(0) var<storage, read> weighted_values_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> weighted_values_v: array<vec4f>;
// steps × blocks × columns4 partial sums.
@group(0) @binding(2) var<storage, read_write> weighted_values_partials: array<vec4f>;
@group(0) @binding(3) var<storage, read_write> weighted_values_out: array<vec4f>;
@group(0) @binding(4) var<uniform> weighted_values_params: WeightedValuesParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn weighted_values_partial(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let p = weighted_values_params;
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= p.steps * p.blocks * p.columns4) {
    return;
  }
  let c4 = i % p.columns4;
  let sb = i / p.columns4;
  let s = sb / p.blocks;
  let start = (sb % p.blocks) * WEIGHTED_VALUES_BLOCK;
  let end = min(start + WEIGHTED_VALUES_BLOCK, p.positions);
  var sum = vec4f(0.0);
  for (var j = start; j < end; j++) {
    sum += weighted_values_alpha[s * p.positions + j] * weighted_values_v[j * p.columns4 + c4];
  }
  weighted_values_partials[i] = sum;
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn weighted_values_fold(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let p = weighted_values_params;
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= p.steps * p.columns4) {
    return;
  }
  let c4 = i % p.columns4;
  let s = i / p.columns4;
  var sum = vec4f(0.0);
  for (var b = 0u; b < p.blocks; b++) {
    sum += weighted_values_partials[(s * p.blocks + b) * p.columns4 + c4];
  }
  weighted_values_out[i] = sum;
}
