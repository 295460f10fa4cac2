// Location addressing, one pass over the N-vectors (NTM eqs. 5, 7, 8), after content-address.wgsl:
//   w_c(i) = exp(β·K_i − max) / Σ_j exp(β·K_j − max)            (eq. 5, max and Σ folded from the partials)
//   w_g(i) = g·w_c(i) + (1 − g)·w_{t−1}(i)                        (eq. 7)
//   w̃(i) = Σ_d w_g((i − d) mod N)·s(d), entry j of s weighing the offset d = j − K   (eq. 8, circular)
// The neighbours' w_g are recomputed from K and w_{t−1} rather than read back, so no pass waits for another
// workgroup. Each thread also writes its sharpening partial (max w̃, Σ (w̃ / max)^γ) for eq. (9).
// Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> shift_similarity: array<f32>;
@group(0) @binding(1) var<storage, read> shift_previous: array<f32>;
@group(0) @binding(2) var<storage, read> shift_kernel: array<f32>;
@group(0) @binding(3) var<storage, read> shift_content_partials: array<vec2f>;
@group(0) @binding(4) var<storage, read_write> shift_content: array<f32>;
@group(0) @binding(5) var<storage, read_write> shift_gated: array<f32>;
@group(0) @binding(6) var<storage, read_write> shift_output: array<f32>;
@group(0) @binding(7) var<storage, read_write> shift_partials: array<vec2f>;
@group(0) @binding(8) var<uniform> ntm: NtmParams;

fn content_weight(i: u32, softmax: vec2f) -> f32 {
  return exp(ntm.beta * shift_similarity[i] - softmax.x) / softmax.y;
}

fn gated_weight(i: u32, softmax: vec2f) -> f32 {
  return ntm.gate * content_weight(i, softmax) + (1.0 - ntm.gate) * shift_previous[i];
}

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
  var softmax = vec2f(LOWEST_F32, 0.0);
  for (var j = 0u; j < ntm.folded; j++) {
    softmax = combine_softmax(softmax, shift_content_partials[j]);
  }
  let n = ntm.n;
  let half_width = ntm.shift_width / 2u;
  var partial = vec2f(0.0, 0.0);
  let blocks = (n + ntm.address_block - 1u) / ntm.address_block;
  for (var blk = t; blk < blocks; blk += ntm.address_threads) {
    let start = blk * ntm.address_block;
    let end = min(start + ntm.address_block, n);
    for (var i = start; i < end; i++) {
      shift_content[i] = content_weight(i, softmax);
      shift_gated[i] = gated_weight(i, softmax);
      var acc = 0.0;
      for (var j = 0u; j < ntm.shift_width; j++) {
        // source = (i − (j − K)) mod N, kept in u32: i + K·N − j never wraps below zero.
        let source = (i + (half_width / n + 1u) * n + half_width - j) % n;
        acc += gated_weight(source, softmax) * shift_kernel[j];
      }
      shift_output[i] = acc;
      if (acc > 0.0) {
        partial = push_sharpen(partial, acc, ntm.gamma);
      }
    }
  }
  shift_partials[t] = partial;
}
