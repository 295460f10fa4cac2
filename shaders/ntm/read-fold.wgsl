// NTM eq. (2), last step: r = the sum of read-write.wgsl's per-chunk partial rows, one cell per thread (a
// column sum with no workgroup barrier). Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> read_partials: array<Cell>;
@group(0) @binding(1) var<storage, read_write> read_vector: array<Cell>;
@group(0) @binding(2) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn fold_read(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let cell = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (cell >= ntm.cells) {
    return;
  }
  var acc = Cell(0.0);
  for (var chunk = 0u; chunk < ntm.chunks; chunk++) {
    acc += read_partials[chunk * ntm.cells + cell];
  }
  read_vector[cell] = acc;
}
