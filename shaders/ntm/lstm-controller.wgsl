// The trained copy NTM's controller, one time step in one workgroup (core/models/ntm/trained/controller.ts):
// the LSTM cell of Graves 2013 eqs. 7–11 on [x_t; r_{t−1}; h_{t−1}], then the head layer clipped to ±clip and
// each head parameter's activation (Graves, Wayne & Danihelka 2014 §3.1–3.3): tanh for the key and the add
// vector, softplus for β, 1 + softplus for γ, σ for the gate and the erase vector, a softmax over the 3 shifts.

struct ControllerParams {
  // I, the width of [x_t; r_{t−1}].
  input_width: u32,
  // H, the LSTM's hidden units (≤ 256).
  hidden: u32,
  // P, the head layer's width (≤ 256).
  heads: u32,
  clip: f32,
}

@group(0) @binding(0) var<uniform> ctl: ControllerParams;
// [(I + H) × 4H] row-major, gate blocks i, f, g, o; then the 4H biases.
@group(0) @binding(1) var<storage, read> lstm_kernel: array<f32>;
@group(0) @binding(2) var<storage, read> lstm_bias: array<f32>;
// [H × P] row-major; then the P biases.
@group(0) @binding(3) var<storage, read> head_kernel: array<f32>;
@group(0) @binding(4) var<storage, read> head_bias: array<f32>;
// Per head-layer entry: 0 tanh, 1 softplus, 2 sigmoid, 3 softmax over the 3 entries from head_group[k], 4 1 + softplus.
@group(0) @binding(5) var<storage, read> head_role: array<u32>;
@group(0) @binding(6) var<storage, read> head_group: array<u32>;
// [x_t; r_{t−1}] (I numbers) and the previous state [h; c] (2H).
@group(0) @binding(7) var<storage, read> ctl_input: array<f32>;
@group(0) @binding(8) var<storage, read> state_in: array<f32>;
// The new state [h; c] (2H) and the activated head parameters (P).
@group(0) @binding(9) var<storage, read_write> state_out: array<f32>;
@group(0) @binding(10) var<storage, read_write> head_out: array<f32>;

var<workgroup> h_next: array<f32, 256>;
var<workgroup> z: array<f32, 256>;

fn sigmoid1(x: f32) -> f32 {
  if (x >= 0.0) {
    return 1.0 / (1.0 + exp(-x));
  }
  let e = exp(x);
  return e / (1.0 + e);
}

// tanh without overflow for large |x|.
fn tanh1(x: f32) -> f32 {
  let e = exp(-2.0 * abs(x));
  return sign(x) * (1.0 - e) / (1.0 + e);
}

fn softplus1(x: f32) -> f32 {
  return max(x, 0.0) + log(1.0 + exp(-abs(x)));
}

@compute @workgroup_size(256)
fn ntm_controller(@builtin(local_invocation_index) lid: u32) {
  let hidden = ctl.hidden;
  let gates = 4u * hidden;
  if (lid < hidden) {
    // z = W [x; r; h] + b for the four gates of unit lid (eqs. 7–10).
    var zi = lstm_bias[lid];
    var zf = lstm_bias[hidden + lid];
    var zg = lstm_bias[2u * hidden + lid];
    var zo = lstm_bias[3u * hidden + lid];
    for (var r = 0u; r < ctl.input_width + hidden; r++) {
      var v: f32;
      if (r < ctl.input_width) {
        v = ctl_input[r];
      } else {
        v = state_in[r - ctl.input_width];
      }
      let row = r * gates;
      zi += v * lstm_kernel[row + lid];
      zf += v * lstm_kernel[row + hidden + lid];
      zg += v * lstm_kernel[row + 2u * hidden + lid];
      zo += v * lstm_kernel[row + 3u * hidden + lid];
    }
    let c = sigmoid1(zf) * state_in[hidden + lid] + sigmoid1(zi) * tanh1(zg); // eq. 9
    let h = sigmoid1(zo) * tanh1(c); // eq. 11
    h_next[lid] = h;
    state_out[lid] = h;
    state_out[hidden + lid] = c;
  }
  workgroupBarrier();
  if (lid < ctl.heads) {
    var s = head_bias[lid];
    for (var j = 0u; j < hidden; j++) {
      s += h_next[j] * head_kernel[j * ctl.heads + lid];
    }
    z[lid] = clamp(s, -ctl.clip, ctl.clip);
  }
  workgroupBarrier();
  if (lid < ctl.heads) {
    let x = z[lid];
    let role = head_role[lid];
    var out: f32;
    if (role == 0u) {
      out = tanh1(x);
    } else if (role == 1u) {
      out = softplus1(x);
    } else if (role == 2u) {
      out = sigmoid1(x);
    } else if (role == 3u) {
      let g = head_group[lid];
      let top = max(z[g], max(z[g + 1u], z[g + 2u]));
      out = exp(x - top) / (exp(z[g] - top) + exp(z[g + 1u] - top) + exp(z[g + 2u] - top));
    } else {
      out = 1.0 + softplus1(x);
    }
    head_out[lid] = out;
  }
}
