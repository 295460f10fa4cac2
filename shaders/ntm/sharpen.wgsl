// NTM eq. (9), last pass: w(i) = (w̃(i)/max w̃)^γ / Σ_j (w̃(j)/max w̃)^γ, which equals w̃(i)^γ / Σ_j w̃(j)^γ but
// cannot underflow when γ is large. max and the sum come from shaders/common/reduce.wgsl (max, then sum with
// the 'pow-ratio' map). When w̃ is all zeros (max = 0) the weights are all zeros, never NaN.
// Compose after workgroup-index.wgsl and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> sharpen_input: array<f32>;
@group(0) @binding(1) var<storage, read> sharpen_max: array<f32>;
@group(0) @binding(2) var<storage, read> sharpen_sum: array<f32>;
@group(0) @binding(3) var<storage, read_write> sharpen_output: array<f32>;
@group(0) @binding(4) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn sharpen(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= ntm.n) {
    return;
  }
  let top = sharpen_max[0];
  let total = sharpen_sum[0];
  let x = sharpen_input[i];
  var w = 0.0;
  if (top > 0.0 && x > 0.0 && total > 0.0) {
    w = pow(x / top, ntm.gamma) / total;
  }
  sharpen_output[i] = w;
}
