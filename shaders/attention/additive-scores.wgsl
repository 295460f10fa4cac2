// Bahdanau additive scores for all output steps at once (Bahdanau, Cho & Bengio 2014 eq. 6, with biases):
// e[s, j] = b_v + Σ_a v[a] · tanh(wq[s, a] + uh[j, a]), where wq = Q·Wᵀ + b (S × A) and uh = H·Uᵀ (T × A) were
// computed earlier in the same chain. One thread per (s, j). The host pads A to a multiple of 4 with zero rows of
// W and U and zeros in b and v (each padded unit adds 0 · tanh(0) = 0), so wq, uh and v are read as vec4s and
// tanh runs on four hidden units at once: a quarter of the loads and loop trips on SwiftShader.
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/attention/attention-plan.ts.

struct AdditiveParams {
  steps: u32,
  positions: u32,
  // A / 4
  hidden4: u32,
  bv: f32,
}

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> additive_wq: array<vec4f>;
@group(0) @binding(1) var<storage, read> additive_uh: array<vec4f>;
@group(0) @binding(2) var<storage, read> additive_v: array<vec4f>;
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
  var e = vec4f(0.0);
  for (var a = 0u; a < p.hidden4; a++) {
    // tanh saturates to ±1 in float32 beyond |x| ≈ 9; clamping keeps exp-based tanh implementations from overflowing.
    let x = clamp(additive_wq[s * p.hidden4 + a] + additive_uh[j * p.hidden4 + a], vec4f(-15.0), vec4f(15.0));
    e += additive_v[a] * tanh(x);
  }
  additive_scores_out[i] = e.x + e.y + e.z + e.w + p.bv;
}
