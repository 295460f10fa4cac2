// The fused read and write of one head step, the second and last pass over the memory (Graves et al. 2014):
//   read,  eq. (2):      r = Σ_i w(i)·M_i, as one partial row per chunk, folded by read-fold.wgsl;
//   write, eqs. (3–4):   M'_i = M_i ∘ (1 − w(i)·e) + w(i)·a            (write_mode 0, erase then add), or
//   the lecture's form:  M'_i = w(i)·a + (1 − w(i))·M_i                (write_mode 1).
// Both use the memory before the write. Thread t owns one cell (vec4 when M is a multiple of 4) of the rows in
// blocks chunk, chunk + chunks, … of chunk_block rows (chunk = t / cells) and sums its column down those rows by
// itself: no workgroup barrier; neighbouring threads touch neighbouring cells of a row. Compose after
// workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> rw_memory: array<Cell>;
@group(0) @binding(1) var<storage, read_write> rw_memory_out: array<Cell>;
@group(0) @binding(2) var<storage, read> rw_weights: array<f32>;
@group(0) @binding(3) var<storage, read> rw_erase: array<Cell>;
@group(0) @binding(4) var<storage, read> rw_add: array<Cell>;
@group(0) @binding(5) var<storage, read_write> rw_partials: array<Cell>;
@group(0) @binding(6) var<uniform> ntm: NtmParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn read_and_write(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let t = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  let cells = ntm.cells;
  if (t >= ntm.chunks * cells) {
    return;
  }
  let cell = t % cells;
  let chunk = t / cells;
  let e = rw_erase[cell];
  let a = rw_add[cell];
  var acc = Cell(0.0);
  let blocks = (ntm.n + ntm.chunk_block - 1u) / ntm.chunk_block;
  for (var blk = chunk; blk < blocks; blk += ntm.chunks) {
    let start = blk * ntm.chunk_block;
    let end = min(start + ntm.chunk_block, ntm.n);
    for (var i = start; i < end; i++) {
      let index = i * cells + cell;
      let x = rw_memory[index];
      let w = rw_weights[i];
      acc += w * x;
      if (ntm.write_mode == 0u) {
        rw_memory_out[index] = x * (1.0 - w * e) + w * a;
      } else {
        rw_memory_out[index] = w * a + (1.0 - w) * x;
      }
    }
  }
  rw_partials[chunk * cells + cell] = acc;
}
