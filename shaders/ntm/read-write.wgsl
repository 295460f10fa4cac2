// The fused read and write of one head step, one pass over the memory (Graves et al. 2014):
//   read,  eq. (2):      r = Σ_i w(i)·M_i, as per-workgroup partial column sums (shaders/common/row-tile.wgsl),
//                        folded to one row by the host's column sum;
//   write, eqs. (3–4):   M'_i = M_i ∘ (1 − w(i)·e) + w(i)·a            (write_mode 0, erase then add), or
//   the lecture's form:  M'_i = w(i)·a + (1 − w(i))·M_i                (write_mode 1).
// Both use the memory before the write. Compose after workgroup-index.wgsl, ntm-params.wgsl and row-tile.wgsl
// (which provides the entry point `row_tile_sum` and calls tile_value once per element).

@group(0) @binding(2) var<storage, read> rw_memory: array<f32>;
@group(0) @binding(3) var<storage, read_write> rw_memory_out: array<f32>;
@group(0) @binding(4) var<storage, read> rw_weights: array<f32>;
@group(0) @binding(5) var<storage, read> rw_erase: array<f32>;
@group(0) @binding(6) var<storage, read> rw_add: array<f32>;
@group(0) @binding(7) var<uniform> ntm: NtmParams;

fn tile_value(row: u32, col: u32) -> f32 {
  let index = row * tile.cols + col;
  let m = rw_memory[index];
  let w = rw_weights[row];
  let a = rw_add[col];
  if (ntm.write_mode == 0u) {
    rw_memory_out[index] = m * (1.0 - w * rw_erase[col]) + w * a;
  } else {
    rw_memory_out[index] = w * a + (1.0 - w) * m;
  }
  return w * m;
}
