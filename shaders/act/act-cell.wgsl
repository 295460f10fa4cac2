// ACT on one input step, the whole ponder loop on the GPU (Graves 2016 §2): one workgroup per case.
//   s^n = tanh(W_s s^{n-1} + W_x [x ; δ_{n,1}] + b),  y^n = W_y s^n + b_y,  h^n = σ(w_h · s^n + b_h)
//   halt at the first n with Σ_{m≤n} h^m ≥ 1 − ε, or n = M;  p^n = h^n (n < N), p^N = R = 1 − Σ_{m<N} h^m
//   s_t = Σ p^n s^n,  y_t = Σ p^n y^n
// Each case starts from s^0 = 0 (one-step sequences, as the parity cell was trained). The halting sum runs in
// float32, so N agrees with the float64 reference unless Σh lands within float32 rounding of 1 − ε.
// weights: W_s (D×D) | W_x (D×(I+1)) | b (D) | W_y (O×D) | b_y (O) | w_h (D) | b_h, row-major.
// ponders: per case, per n < M: s^n (D), y^n (O), h^n (1); rows past N are left untouched.
// results: per case: N, R, s_t (D), y_t (O).

struct CellParams {
  state_size: u32,
  input_size: u32,
  output_size: u32,
  max_steps: u32,
  cases: u32,
  epsilon: f32,
  pad0: u32,
  pad1: u32,
}

@group(0) @binding(0) var<uniform> params: CellParams;
@group(0) @binding(1) var<storage, read> weights: array<f32>;
@group(0) @binding(2) var<storage, read> inputs: array<f32>;
@group(0) @binding(3) var<storage, read_write> ponders: array<f32>;
@group(0) @binding(4) var<storage, read_write> results: array<f32>;

const WG: u32 = 64u;
const MAX_D: u32 = 256u;
const MAX_O: u32 = 16u;

var<workgroup> state: array<f32, MAX_D>;
var<workgroup> next_state: array<f32, MAX_D>;
var<workgroup> combined: array<f32, MAX_D>;
var<workgroup> combined_out: array<f32, MAX_O>;
var<workgroup> weight_p: f32;
var<workgroup> halting_sum: f32;
var<workgroup> halted: u32;

fn logistic(z: f32) -> f32 {
  if (z >= 0.0) { return 1.0 / (1.0 + exp(-z)); }
  let e = exp(z);
  return e / (1.0 + e);
}

@compute @workgroup_size(64)
fn act_cell(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>, @builtin(local_invocation_index) lid: u32) {
  let c = wid.x + wid.y * groups.x;
  let d = params.state_size;
  let ni = params.input_size;
  let no = params.output_size;
  let m = params.max_steps;
  let o_wx = d * d;
  let o_b = o_wx + d * (ni + 1u);
  let o_wy = o_b + d;
  let o_by = o_wy + no * d;
  let o_wh = o_by + no;
  let o_bh = o_wh + d;
  let live = c < params.cases;
  for (var i = lid; i < d; i += WG) { state[i] = 0.0; combined[i] = 0.0; }
  if (lid < no) { combined_out[lid] = 0.0; }
  if (lid == 0u) { halting_sum = 0.0; halted = select(1u, 0u, live); }
  let stride = d + no + 1u;
  for (var n = 0u; n < m; n++) {
    if (workgroupUniformLoad(&halted) != 0u) { break; }
    let flag = select(0.0, 1.0, n == 0u);
    for (var i = lid; i < d; i += WG) {
      var pre = weights[o_b + i] + weights[o_wx + i * (ni + 1u) + ni] * flag;
      for (var j = 0u; j < d; j++) { pre += weights[i * d + j] * state[j]; }
      for (var k = 0u; k < ni; k++) { pre += weights[o_wx + i * (ni + 1u) + k] * inputs[c * ni + k]; }
      next_state[i] = tanh(clamp(pre, -15.0, 15.0));
    }
    workgroupBarrier();
    let base = (c * m + n) * stride;
    for (var i = lid; i < d; i += WG) { state[i] = next_state[i]; ponders[base + i] = next_state[i]; }
    workgroupBarrier();
    if (lid == 0u) {
      var z = weights[o_bh];
      for (var j = 0u; j < d; j++) { z += weights[o_wh + j] * state[j]; }
      let h = logistic(z);
      let before = halting_sum;
      halting_sum = before + h;
      var p = h;
      if (halting_sum >= 1.0 - params.epsilon || n + 1u == m) {
        p = 1.0 - before;
        halted = 1u;
        results[c * (2u + d + no)] = f32(n + 1u);
        results[c * (2u + d + no) + 1u] = p;
      }
      weight_p = p;
      ponders[base + d + no] = h;
      for (var o = 0u; o < no; o++) {
        var y = weights[o_by + o];
        for (var j = 0u; j < d; j++) { y += weights[o_wy + o * d + j] * state[j]; }
        ponders[base + d + o] = y;
        combined_out[o] += p * y;
      }
    }
    workgroupBarrier();
    let p = weight_p;
    for (var i = lid; i < d; i += WG) { combined[i] += p * state[i]; }
  }
  workgroupBarrier();
  if (!live) { return; }
  for (var i = lid; i < d; i += WG) { results[c * (2u + d + no) + 2u + i] = combined[i]; }
  if (lid < no) { results[c * (2u + d + no) + 2u + d + lid] = combined_out[lid]; }
}
