// Shared helper: the flat index of a workgroup in a 2-D dispatch.
// Hosts split G workgroups into (x, y) with x ≤ 65,535 (the per-dimension limit) and y = ceil(G / x)
// (core/gpu/common/dispatch.ts); kernels call this and return early when the index is ≥ G.
// workgroup_id and num_workgroups are uniform values, so an early return on them keeps barriers legal.
fn flat_workgroup_index(workgroup_id: vec3u, num_workgroups: vec3u) -> u32 {
  return workgroup_id.x + workgroup_id.y * num_workgroups.x;
}
