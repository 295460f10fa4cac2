// The nonlinearity of the trained reorder model's recurrent cells (Bahdanau, Cho & Bengio 2014 §3.2 and
// Appendix A.2.2, tanh units): y_i ← tanh(y_i) in place over the `count` entries a dense layer wrote
// (W x + U h + b, from shaders/common/matmul.wgsl as x · Wᵀ + b). tanh in the overflow-free form
// sign(x)(1 − e^{−2|x|}) / (1 + e^{−2|x|}). Host: core/gpu/attention/reorder-gpu.ts.

struct TanhParams {
  count: u32,
}

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read_write> cell_values: array<f32>;
@group(0) @binding(1) var<uniform> cell_params: TanhParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn tanh_cell(@builtin(global_invocation_id) gid: vec3u) {
  let i = gid.x;
  if (i >= cell_params.count) {
    return;
  }
  let x = cell_values[i];
  let e = exp(-2.0 * abs(x));
  cell_values[i] = sign(x) * (1.0 - e) / (1.0 + e);
}
