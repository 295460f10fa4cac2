// NTM eq. (7): w_g = g·w_c + (1 − g)·w_{t−1}. Compose after workgroup-index.wgsl and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> interpolate_content: array<f32>;
@group(0) @binding(1) var<storage, read> interpolate_previous: array<f32>;
@group(0) @binding(2) var<storage, read_write> interpolate_output: array<f32>;
@group(0) @binding(3) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn interpolate(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= ntm.n) {
    return;
  }
  interpolate_output[i] = ntm.gate * interpolate_content[i] + (1.0 - ntm.gate) * interpolate_previous[i];
}
