// An elementwise activation in place over the `count` entries a dense layer wrote (y = W x + b from
// shaders/common/matmul.wgsl as x · Wᵀ + b; host: core/gpu/common/dense.ts): mode 0 tanh, in the overflow-free
// form sign(x)(1 − e^{−2|x|}) / (1 + e^{−2|x|}); mode 1 the logistic σ(x), split by sign so exp never overflows.
// Used by the trained reorder model's recurrent cells (Bahdanau et al. 2014 §3.2) and the copy NTM's output layer.

struct ActivationParams {
  count: u32,
  mode: u32,
}

override WORKGROUP_SIZE: u32 = 64u;

@group(0) @binding(0) var<storage, read_write> activation_values: array<f32>;
@group(0) @binding(1) var<uniform> activation_params: ActivationParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn activate(@builtin(global_invocation_id) gid: vec3u) {
  let i = gid.x;
  if (i >= activation_params.count) {
    return;
  }
  let x = activation_values[i];
  if (activation_params.mode == 0u) {
    let e = exp(-2.0 * abs(x));
    activation_values[i] = sign(x) * (1.0 - e) / (1.0 + e);
  } else if (x >= 0.0) {
    activation_values[i] = 1.0 / (1.0 + exp(-x));
  } else {
    let e = exp(x);
    activation_values[i] = e / (1.0 + e);
  }
}
