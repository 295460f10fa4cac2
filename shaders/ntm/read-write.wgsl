// The fused read and write of one head step, the second and last pass over the memory (Graves et al. 2014):
//   read,  eq. (2):      r = Σ_i w(i)·M_i, as one partial row per chunk, folded by read-fold.wgsl;
//   write, eqs. (3–4):   M'_i = M_i ∘ (1 − w(i)·e) + w(i)·a            (write_mode 0, erase then add), or
//   the lecture's form:  M'_i = w(i)·a + (1 − w(i))·M_i                (write_mode 1).
// Both use the memory before the write; the host uploads e = 1 for the lecture's form, which is then the same
// expression. Thread t owns up to four neighbouring cells (vec4 when M is a multiple of 4) of the rows in blocks
// chunk, chunk + chunks, … of chunk_block rows (chunk = t / parts, parts = ⌈cells / 4⌉) and sums those columns
// down its rows by itself: no workgroup barrier, one weight load per four cells, and neighbouring threads touch
// neighbouring cells of a row. Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

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
  let parts = (cells + 3u) / 4u;
  if (t >= ntm.chunks * parts) {
    return;
  }
  let chunk = t / parts;
  let c0 = (t % parts) * 4u;
  // This thread's cells are c0 .. c0 + span − 1; the missing ones of the last part repeat the last cell and are
  // never stored.
  let span = min(4u, cells - c0);
  let c1 = c0 + min(1u, span - 1u);
  let c2 = c0 + min(2u, span - 1u);
  let c3 = c0 + min(3u, span - 1u);
  let e0 = rw_erase[c0];
  let e1 = rw_erase[c1];
  let e2 = rw_erase[c2];
  let e3 = rw_erase[c3];
  let a0 = rw_add[c0];
  let a1 = rw_add[c1];
  let a2 = rw_add[c2];
  let a3 = rw_add[c3];
  var r0 = Cell(0.0);
  var r1 = Cell(0.0);
  var r2 = Cell(0.0);
  var r3 = Cell(0.0);
  let blocks = (ntm.n + ntm.chunk_block - 1u) / ntm.chunk_block;
  for (var blk = chunk; blk < blocks; blk += ntm.chunks) {
    let start = blk * ntm.chunk_block;
    let end = min(start + ntm.chunk_block, ntm.n);
    for (var i = start; i < end; i++) {
      let w = rw_weights[i];
      let row = i * cells;
      let x0 = rw_memory[row + c0];
      let x1 = rw_memory[row + c1];
      let x2 = rw_memory[row + c2];
      let x3 = rw_memory[row + c3];
      r0 += w * x0;
      r1 += w * x1;
      r2 += w * x2;
      r3 += w * x3;
      rw_memory_out[row + c0] = x0 * (1.0 - w * e0) + w * a0;
      if (span == 4u) {
        rw_memory_out[row + c1] = x1 * (1.0 - w * e1) + w * a1;
        rw_memory_out[row + c2] = x2 * (1.0 - w * e2) + w * a2;
        rw_memory_out[row + c3] = x3 * (1.0 - w * e3) + w * a3;
      } else if (span > 1u) {
        rw_memory_out[row + c1] = x1 * (1.0 - w * e1) + w * a1;
        if (span > 2u) {
          rw_memory_out[row + c2] = x2 * (1.0 - w * e2) + w * a2;
        }
      }
    }
  }
  let out = chunk * cells;
  rw_partials[out + c0] = r0;
  if (span > 1u) {
    rw_partials[out + c1] = r1;
  }
  if (span > 2u) {
    rw_partials[out + c2] = r2;
  }
  if (span > 3u) {
    rw_partials[out + c3] = r3;
  }
}
