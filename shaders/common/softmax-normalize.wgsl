// The last pass of a stable softmax: y_i = exp(scale·x_i − max) / Σ_j exp(scale·x_j − max),
// with max and the sum already reduced by reduce.wgsl (modes 1 and 2) into one-element buffers.
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/common/softmax.ts.

struct SoftmaxParams {
  n: u32,
  scale: f32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> softmax_input: array<f32>;
@group(0) @binding(1) var<storage, read_write> softmax_output: array<f32>;
@group(0) @binding(2) var<storage, read> softmax_max: array<f32>;
@group(0) @binding(3) var<storage, read> softmax_sum: array<f32>;
@group(0) @binding(4) var<uniform> softmax_params: SoftmaxParams;

@compute @workgroup_size(WORKGROUP_SIZE)
fn softmax_normalize(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let i = flat_workgroup_index(wid, nwg) * WORKGROUP_SIZE + lid;
  if (i >= softmax_params.n) {
    return;
  }
  // The maximum term is exp(0) = 1, so the sum is ≥ 1: no division by zero, and β = 1000 gives a one-hot.
  softmax_output[i] = exp(softmax_params.scale * softmax_input[i] - softmax_max[0]) / softmax_sum[0];
}
