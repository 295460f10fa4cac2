// NTM eq. (9): w(i) = (w̃(i)/max w̃)^γ / Σ_j (w̃(j)/max w̃)^γ, which equals w̃(i)^γ / Σ_j w̃(j)^γ but cannot
// underflow when γ is large. max and Σ are folded from shift-address.wgsl's sharpening partials. When w̃ is all
// zeros (max = 0) the weights are all zeros, never NaN. Grid-stride over the rows with the addressing threads.
// Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> sharpen_input: array<f32>;
@group(0) @binding(1) var<storage, read> sharpen_partials: array<vec2f>;
@group(0) @binding(2) var<storage, read_write> sharpen_output: array<f32>;
@group(0) @binding(3) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn sharpen(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let t = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (t >= ntm.address_threads) {
    return;
  }
  var folded = vec2f(0.0, 0.0);
  for (var j = 0u; j < ntm.folded; j++) {
    folded = combine_sharpen(folded, sharpen_partials[j], ntm.gamma);
  }
  let top = folded.x;
  let total = folded.y;
  let blocks = (ntm.n + ntm.address_block - 1u) / ntm.address_block;
  for (var blk = t; blk < blocks; blk += ntm.address_threads) {
    let start = blk * ntm.address_block;
    let end = min(start + ntm.address_block, ntm.n);
    for (var i = start; i < end; i++) {
      let x = sharpen_input[i];
      var w = 0.0;
      if (top > 0.0 && x > 0.0 && total > 0.0) {
        w = pow(x / top, ntm.gamma) / total;
      }
      sharpen_output[i] = w;
    }
  }
}
