// The trained copy NTM's output layer (core/models/ntm/trained/controller.ts, copyOutput):
// y_t = σ(W_y [h_t; r_t] + b_y), one invocation per output bit.

struct OutputParams {
  // H, the LSTM's hidden units.
  hidden: u32,
  // M, the read vector's width.
  memory_width: u32,
  // The number of output bits.
  bits: u32,
  pad: u32,
}

@group(0) @binding(0) var<uniform> out_params: OutputParams;
// [(H + M) × bits] row-major, then the bits biases.
@group(0) @binding(1) var<storage, read> out_kernel: array<f32>;
@group(0) @binding(2) var<storage, read> out_bias: array<f32>;
// [h_t; r_t].
@group(0) @binding(3) var<storage, read> out_input: array<f32>;
@group(0) @binding(4) var<storage, read_write> out_bits: array<f32>;

@compute @workgroup_size(64)
fn copy_output(@builtin(global_invocation_id) gid: vec3u) {
  let b = gid.x;
  if (b >= out_params.bits) {
    return;
  }
  var s = out_bias[b];
  for (var r = 0u; r < out_params.hidden + out_params.memory_width; r++) {
    s += out_input[r] * out_kernel[r * out_params.bits + b];
  }
  if (s >= 0.0) {
    out_bits[b] = 1.0 / (1.0 + exp(-s));
  } else {
    let e = exp(s);
    out_bits[b] = e / (1.0 + e);
  }
}
