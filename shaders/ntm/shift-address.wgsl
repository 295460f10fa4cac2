// Location addressing, second N-vector pass (NTM eq. 8), after gate.wgsl:
//   w̃(i) = Σ_d w_g((i − d) mod N)·s(d), entry j of s weighing the offset d = j − K   (circular)
// and each thread's sharpening partial (max w̃, Σ (w̃ / max)^γ) for eq. (9), with no workgroup barrier.
// Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> shift_gated: array<f32>;
@group(0) @binding(1) var<storage, read> shift_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> shift_output: array<f32>;
@group(0) @binding(3) var<storage, read_write> shift_partials: array<vec2f>;
@group(0) @binding(4) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn shift_address(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let t = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (t >= ntm.address_threads) {
    return;
  }
  let n = ntm.n;
  let half_width = ntm.shift_width / 2u;
  // source = (i − (j − K)) mod N, kept in u32: i + wrap + K − j never goes below zero.
  let wrap = (half_width / n + 1u) * n;
  var partial = vec2f(0.0, 0.0);
  let blocks = (n + ntm.address_block - 1u) / ntm.address_block;
  for (var blk = t; blk < blocks; blk += ntm.address_threads) {
    let start = blk * ntm.address_block;
    let end = min(start + ntm.address_block, n);
    for (var i = start; i < end; i++) {
      var acc = 0.0;
      for (var j = 0u; j < ntm.shift_width; j++) {
        acc += shift_gated[(i + wrap + half_width - j) % n] * shift_kernel[j];
      }
      shift_output[i] = acc;
      if (acc > 0.0) {
        partial = push_sharpen(partial, acc, ntm.gamma);
      }
    }
  }
  shift_partials[t] = partial;
}
