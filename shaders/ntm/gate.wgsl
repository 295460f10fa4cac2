// Location addressing, first N-vector pass (NTM eqs. 5 and 7), after content-address.wgsl:
//   w_c(i) = exp(β·K_i − max) / Σ_j exp(β·K_j − max)            (eq. 5, max and Σ folded from the partials)
//   w_g(i) = g·w_c(i) + (1 − g)·w_{t−1}(i)                        (eq. 7)
// One exp per slot; the shift pass (shift-address.wgsl) then reads its neighbours' w_g from here.
// Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> gate_similarity: array<f32>;
@group(0) @binding(1) var<storage, read> gate_previous: array<f32>;
@group(0) @binding(2) var<storage, read> gate_content_partials: array<vec2f>;
@group(0) @binding(3) var<storage, read_write> gate_content: array<f32>;
@group(0) @binding(4) var<storage, read_write> gate_output: array<f32>;
@group(0) @binding(5) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn gate(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let t = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (t >= ntm.address_threads) {
    return;
  }
  var softmax = vec2f(LOWEST_F32, 0.0);
  for (var j = 0u; j < ntm.folded; j++) {
    softmax = combine_softmax(softmax, gate_content_partials[j]);
  }
  let blocks = (ntm.n + ntm.address_block - 1u) / ntm.address_block;
  for (var blk = t; blk < blocks; blk += ntm.address_threads) {
    let start = blk * ntm.address_block;
    let end = min(start + ntm.address_block, ntm.n);
    for (var i = start; i < end; i++) {
      let content = exp(ntm.beta * gate_similarity[i] - softmax.x) / softmax.y;
      gate_content[i] = content;
      gate_output[i] = ntm.gate * content + (1.0 - ntm.gate) * gate_previous[i];
    }
  }
}
