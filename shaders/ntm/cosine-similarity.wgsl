// NTM eq. (6): K[k, M_i] = k·M_i / (‖k‖·‖M_i‖), one slot per thread in a grid-stride loop (the host launches
// as many workgroups as the device wants, core/gpu/common/occupancy.ts); 0 when k or M_i is all zeros.
// Compose after workgroup-index.wgsl and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> similarity_memory: array<f32>;
@group(0) @binding(1) var<storage, read> similarity_key: array<f32>;
@group(0) @binding(2) var<storage, read_write> similarity_output: array<f32>;
@group(0) @binding(3) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn cosine_similarity(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let stride = nwg.x * nwg.y * WORKGROUP_SIZE;
  for (var i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid; i < ntm.n; i += stride) {
    let base = i * ntm.m;
    var dot_product = 0.0;
    var row_squared = 0.0;
    var key_squared = 0.0;
    for (var j = 0u; j < ntm.m; j++) {
      let x = similarity_memory[base + j];
      let k = similarity_key[j];
      dot_product += x * k;
      row_squared += x * x;
      key_squared += k * k;
    }
    var cosine = 0.0;
    if (row_squared > 0.0 && key_squared > 0.0) {
      cosine = clamp(dot_product / (sqrt(row_squared) * sqrt(key_squared)), -1.0, 1.0);
    }
    similarity_output[i] = cosine;
  }
}
