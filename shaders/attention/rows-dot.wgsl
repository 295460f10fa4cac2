// C = A · Bᵀ (+ bias per column) for row-major A (rows × inner) and B (cols × inner) with inner a multiple of 4:
// c[r, k] = Σ_i a[r, i] b[k, i]. Both operands are read as vec4 rows, and each thread computes a 4 × 4 tile of
// outputs, so each vec4 it loads serves four dot products: on SwiftShader this runs the attention's
// T = 1,024 × A = 64 product about 10× faster than the scalar shaders/common/matmul.wgsl (README "Speed").
// The inner sum is blocked by 64 terms (16 vec4s) as matmul.wgsl does, so float32 rounding grows like
// (64 + inner/64)·ε. Used for the attention scores Q·Hᵀ and Wᵀq·Hᵀ and the additive Uh = H·Uᵀ and Wq + b
// (Luong et al. 2015 eq. 8; Bahdanau et al. 2014 eq. 6). Rows or columns past the end of a tile reuse the last
// one (their sums are computed and dropped).
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/attention/rows-dot.ts.

struct RowsDotParams {
  rows: u32,
  cols: u32,
  // inner / 4
  inner4: u32,
  use_bias: u32,
}

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read> rows_dot_a: array<vec4f>;
@group(0) @binding(1) var<storage, read> rows_dot_b: array<vec4f>;
@group(0) @binding(2) var<storage, read> rows_dot_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> rows_dot_out: array<f32>;
@group(0) @binding(4) var<uniform> rows_dot_params: RowsDotParams;

fn rows_dot_store(r: u32, c0: u32, sums: vec4f) {
  let p = rows_dot_params;
  if (r >= p.rows) {
    return;
  }
  for (var q = 0u; q < 4u; q++) {
    let c = c0 + q;
    if (c < p.cols) {
      var y = sums[q];
      if (p.use_bias != 0u) {
        y += rows_dot_bias[c];
      }
      rows_dot_out[r * p.cols + c] = y;
    }
  }
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn rows_dot(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let p = rows_dot_params;
  let col_tiles = (p.cols + 3u) / 4u;
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= ((p.rows + 3u) / 4u) * col_tiles) {
    return;
  }
  let r0 = (i / col_tiles) * 4u;
  let c0 = (i % col_tiles) * 4u;
  let lr = p.rows - 1u;
  let lc = p.cols - 1u;
  let a0 = min(r0, lr) * p.inner4;
  let a1 = min(r0 + 1u, lr) * p.inner4;
  let a2 = min(r0 + 2u, lr) * p.inner4;
  let a3 = min(r0 + 3u, lr) * p.inner4;
  let b0 = min(c0, lc) * p.inner4;
  let b1 = min(c0 + 1u, lc) * p.inner4;
  let b2 = min(c0 + 2u, lc) * p.inner4;
  let b3 = min(c0 + 3u, lc) * p.inner4;
  var t0 = vec4f(0.0);
  var t1 = vec4f(0.0);
  var t2 = vec4f(0.0);
  var t3 = vec4f(0.0);
  var k = 0u;
  while (k < p.inner4) {
    let end = min(k + 16u, p.inner4);
    var s0 = vec4f(0.0);
    var s1 = vec4f(0.0);
    var s2 = vec4f(0.0);
    var s3 = vec4f(0.0);
    for (; k < end; k++) {
      let x0 = rows_dot_b[b0 + k];
      let x1 = rows_dot_b[b1 + k];
      let x2 = rows_dot_b[b2 + k];
      let x3 = rows_dot_b[b3 + k];
      let y0 = rows_dot_a[a0 + k];
      let y1 = rows_dot_a[a1 + k];
      let y2 = rows_dot_a[a2 + k];
      let y3 = rows_dot_a[a3 + k];
      s0 += vec4f(dot(y0, x0), dot(y0, x1), dot(y0, x2), dot(y0, x3));
      s1 += vec4f(dot(y1, x0), dot(y1, x1), dot(y1, x2), dot(y1, x3));
      s2 += vec4f(dot(y2, x0), dot(y2, x1), dot(y2, x2), dot(y2, x3));
      s3 += vec4f(dot(y3, x0), dot(y3, x1), dot(y3, x2), dot(y3, x3));
    }
    t0 += s0;
    t1 += s1;
    t2 += s2;
    t3 += s3;
  }
  rows_dot_store(r0, c0, t0);
  rows_dot_store(r0 + 1u, c0, t1);
  rows_dot_store(r0 + 2u, c0, t2);
  rows_dot_store(r0 + 3u, c0, t3);
}
