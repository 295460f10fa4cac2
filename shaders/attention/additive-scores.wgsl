// Bahdanau additive scores for all output steps at once (Bahdanau, Cho & Bengio 2014 eq. 6, with biases):
// e[s, j] = b_v + Σ_a v[a] · tanh(wq[s, a] + uh[j, a]), where wq = Q·Wᵀ + b (S × A) and uh = H·Uᵀ (T × A) were
// computed by shaders/common/matmul.wgsl earlier in the same chain. One thread per (s, j).
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/attention/attention-gpu-engine.ts.

struct AdditiveParams {
  steps: u32,
  positions: u32,
  hidden: u32,
  bv: f32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> additive_wq: array<f32>;
@group(0) @binding(1) var<storage, read> additive_uh: array<f32>;
@group(0) @binding(2) var<storage, read> additive_v: array<f32>;
@group(0) @binding(3) var<storage, read_write> additive_scores_out: array<f32>;
@group(0) @binding(4) var<uniform> additive_params: AdditiveParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn additive_scores(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  let p = additive_params;
  if (i >= p.steps * p.positions) {
    return;
  }
  let s = i / p.positions;
  let j = i % p.positions;
  var e = 0.0;
  for (var a = 0u; a < p.hidden; a++) {
    // tanh saturates to ±1 in float32 beyond |x| ≈ 9; clamping keeps exp-based tanh implementations from overflowing.
    let x = clamp(additive_wq[s * p.hidden + a] + additive_uh[j * p.hidden + a], -15.0, 15.0);
    e += additive_v[a] * tanh(x);
  }
  additive_scores_out[i] = e + p.bv;
}
