// The masked softmax of the scores and the context vectors of every output step, barrier-free, in the manner of
// flash-decoding: α_s = softmax over the kept positions of E[s, ·] (Bahdanau, Cho & Bengio 2014 eq. 6) and
// c_s = Σ_j α_sj v_j (eq. 5), for E S × T, V T × Dv with Dv a multiple of 4, over blocks of 64 positions:
// - block_stats: one thread per (step s, block b) finds the block's largest kept score m_sb and
//   l_sb = Σ_{kept j in b} exp(e_sj − m_sb);
// - weighted_values_partial: one thread per (s, b, 4 value columns) combines the blocks' stats into the row's
//   M_s = max_b m_sb and L_s = Σ_b l_sb exp(m_sb − M_s), forms α_sj = exp(e_sj − M_s) / L_s (0 where masked; the
//   thread of the first 4 columns writes them out) and sums its block's α_sj v_j, reading V as vec4 rows;
// - weighted_values_fold: one thread per (s, 4 columns) adds the blocks in order.
// No workgroup barriers (costly on SwiftShader), and T/64 times more threads than one per output, so both of
// SwiftShader's cores work even for one decoder step. The blocks of 64 are the float32 blocking of
// shaders/common/matmul.wgsl: rounding grows like (64 + T/64)·ε. A row with nothing kept gets all-zero weights.
// mask[j] != 0 keeps position j for every step.
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
const WEIGHTED_VALUES_LOWEST: f32 = -0x1.fffffep+127f;

@group(0) @binding(0) var<storage, read> weighted_values_scores: array<f32>;
@group(0) @binding(1) var<storage, read> weighted_values_mask: array<u32>;
// steps × blocks (m, l) pairs.
@group(0) @binding(2) var<storage, read_write> weighted_values_stats: array<vec2f>;
@group(0) @binding(3) var<storage, read_write> weighted_values_alpha: array<f32>;
@group(0) @binding(4) var<storage, read> weighted_values_v: array<vec4f>;
// steps × blocks × columns4 partial sums.
@group(0) @binding(5) var<storage, read_write> weighted_values_partials: array<vec4f>;
@group(0) @binding(6) var<storage, read_write> weighted_values_out: array<vec4f>;
@group(0) @binding(7) var<uniform> weighted_values_params: WeightedValuesParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn block_stats(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let p = weighted_values_params;
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= p.steps * p.blocks) {
    return;
  }
  let s = i / p.blocks;
  let start = (i % p.blocks) * WEIGHTED_VALUES_BLOCK;
  let end = min(start + WEIGHTED_VALUES_BLOCK, p.positions);
  var top = WEIGHTED_VALUES_LOWEST;
  for (var j = start; j < end; j++) {
    if (weighted_values_mask[j] != 0u) {
      top = max(top, weighted_values_scores[s * p.positions + j]);
    }
  }
  var sum = 0.0;
  for (var j = start; j < end; j++) {
    if (weighted_values_mask[j] != 0u) {
      sum += exp(weighted_values_scores[s * p.positions + j] - top);
    }
  }
  weighted_values_stats[i] = vec2f(top, sum);
}

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
  var row_max = WEIGHTED_VALUES_LOWEST;
  for (var b = 0u; b < p.blocks; b++) {
    row_max = max(row_max, weighted_values_stats[s * p.blocks + b].x);
  }
  var total = 0.0;
  for (var b = 0u; b < p.blocks; b++) {
    let stat = weighted_values_stats[s * p.blocks + b];
    if (stat.y > 0.0) {
      total += stat.y * exp(stat.x - row_max);
    }
  }
  let start = (sb % p.blocks) * WEIGHTED_VALUES_BLOCK;
  let end = min(start + WEIGHTED_VALUES_BLOCK, p.positions);
  var sum = vec4f(0.0);
  for (var j = start; j < end; j++) {
    var alpha = 0.0;
    if (total > 0.0 && weighted_values_mask[j] != 0u) {
      alpha = exp(weighted_values_scores[s * p.positions + j] - row_max) / total;
    }
    if (c4 == 0u) {
      weighted_values_alpha[s * p.positions + j] = alpha;
    }
    sum += alpha * weighted_values_v[j * p.columns4 + c4];
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
