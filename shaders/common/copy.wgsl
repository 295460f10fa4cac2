// A plain buffer copy, dst = src, four floats per thread: the bandwidth yardstick of the benchmark.
// Requires shaders/common/workgroup-index.wgsl before it.

struct CopyParams {
  count: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> copy_source: array<vec4f>;
@group(0) @binding(1) var<storage, read_write> copy_target: array<vec4f>;
@group(0) @binding(2) var<uniform> copy_params: CopyParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn copy_vec4(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i < copy_params.count) {
    copy_target[i] = copy_source[i];
  }
}
