// A small dense matrix product, one thread per output element: C = A · B (+ bias), A rows × inner,
// B inner × cols (or, with transpose_b = 1, B given as cols × inner, i.e. C = A · Bᵀ), bias of length cols.
// All row-major. The inner sum is blocked by 64 terms (each block summed, then the blocks), so the float32
// rounding error grows like (64 + inner/64)·ε instead of inner·ε: context vectors over T = 4,096 positions stay
// within 1e-5 of float64. Meant for the modest inner sizes of the lecture's models (≤ a few thousand); the
// output may be large (a 2-D workgroup grid covers any rows·cols < 2³²).
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/common/matmul.ts.

struct MatmulParams {
  rows: u32,
  cols: u32,
  inner: u32,
  transpose_b: u32,
  use_bias: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> matmul_a: array<f32>;
@group(0) @binding(1) var<storage, read> matmul_b: array<f32>;
@group(0) @binding(2) var<storage, read> matmul_bias: array<f32>;
@group(0) @binding(3) var<storage, read_write> matmul_out: array<f32>;
@group(0) @binding(4) var<uniform> matmul_params: MatmulParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn matmul(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  let p = matmul_params;
  if (i >= p.rows * p.cols) {
    return;
  }
  let r = i / p.cols;
  let c = i % p.cols;
  let a_base = r * p.inner;
  var total = 0.0;
  var partial = 0.0;
  for (var k = 0u; k < p.inner; k++) {
    var b_kc = 0.0;
    if (p.transpose_b != 0u) {
      b_kc = matmul_b[c * p.inner + k];
    } else {
      b_kc = matmul_b[k * p.cols + c];
    }
    partial = partial + matmul_a[a_base + k] * b_kc;
    if (k % 64u == 63u) {
      total = total + partial;
      partial = 0.0;
    }
  }
  total = total + partial;
  if (p.use_bias != 0u) {
    total += matmul_bias[c];
  }
  matmul_out[i] = total;
}
