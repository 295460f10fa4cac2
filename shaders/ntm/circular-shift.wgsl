// NTM eq. (8), the circular convolution (Graves et al. 2014; README "The mathematics"): w̃(i) = Σ_d w_g((i − d) mod N)·s(d), where entry j of s
// weighs the offset d = j − K (width 2K + 1). Offset +1 moves attention from slot i to i + 1, the last slot
// wraps to the first, offsets wider than N wrap as many times as needed, N = 1 works with any width.
// Compose after workgroup-index.wgsl and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> shift_input: array<f32>;
@group(0) @binding(1) var<storage, read> shift_kernel: array<f32>;
@group(0) @binding(2) var<storage, read_write> shift_output: array<f32>;
@group(0) @binding(3) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn circular_shift(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= ntm.n) {
    return;
  }
  let n = i32(ntm.n);
  let half_width = i32(ntm.shift_width / 2u);
  var acc = 0.0;
  for (var j = 0u; j < ntm.shift_width; j++) {
    let offset = i32(j) - half_width;
    // WGSL's % keeps the dividend's sign, so one + n brings a negative remainder into [0, n).
    var source = (i32(i) - offset) % n;
    if (source < 0) {
      source += n;
    }
    acc += shift_input[u32(source)] * shift_kernel[j];
  }
  shift_output[i] = acc;
}
