// Multi-workgroup reduction (max or sum) of a mapped f32 array: one level of a reduction tree.
// Each workgroup reduces WORKGROUP_SIZE * items_per_thread consecutive elements to one partial (the host picks
// items_per_thread so that a sensible number of workgroups cooperate, see core/gpu/common/occupancy.ts),
// written to reduce_output[group]; the host (core/gpu/common/reduction.ts) chains levels until one value is left.
// Requires shaders/common/workgroup-index.wgsl before it.
//
// The map applied to each input x (ReduceParams.mode), so softmax and sharpening need no extra pass:
//   0: x                                  (plain; every level after the first)
//   1: scale * x                          (max of scaled logits, e.g. β·K)
//   2: exp(scale * x - reference[0])      (the softmax denominator with its maximum subtracted)
//   3: (x / reference[0])^scale, 0 when x ≤ 0 or reference[0] ≤ 0   (sharpening with its maximum divided out)

struct ReduceParams {
  n: u32,
  mode: u32,
  scale: f32,
  items_per_thread: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> reduce_input: array<f32>;
@group(0) @binding(1) var<storage, read_write> reduce_output: array<f32>;
@group(0) @binding(2) var<storage, read> reduce_reference: array<f32>;
@group(0) @binding(3) var<uniform> reduce_params: ReduceParams;

var<workgroup> reduce_scratch: array<f32, WORKGROUP_SIZE>;

const LOWEST_F32: f32 = -0x1.fffffep+127f;

fn reduce_map(x: f32) -> f32 {
  switch reduce_params.mode {
    case 1u: {
      return reduce_params.scale * x;
    }
    case 2u: {
      return exp(reduce_params.scale * x - reduce_reference[0]);
    }
    case 3u: {
      let top = reduce_reference[0];
      if (top <= 0.0 || x <= 0.0) {
        return 0.0;
      }
      return pow(x / top, reduce_params.scale);
    }
    default: {
      return x;
    }
  }
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn reduce_max(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let group = flat_workgroup_index(wid, nwg);
  let n = reduce_params.n;
  let span = WORKGROUP_SIZE * reduce_params.items_per_thread;
  if (group * span >= n) {
    return;
  }
  var acc = LOWEST_F32;
  let base = group * span + lid;
  for (var k = 0u; k < reduce_params.items_per_thread; k++) {
    let i = base + k * WORKGROUP_SIZE;
    if (i < n) {
      acc = max(acc, reduce_map(reduce_input[i]));
    }
  }
  reduce_scratch[lid] = acc;
  workgroupBarrier();
  for (var stride = WORKGROUP_SIZE / 2u; stride > 0u; stride /= 2u) {
    if (lid < stride) {
      reduce_scratch[lid] = max(reduce_scratch[lid], reduce_scratch[lid + stride]);
    }
    workgroupBarrier();
  }
  if (lid == 0u) {
    reduce_output[group] = reduce_scratch[0];
  }
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn reduce_sum(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let group = flat_workgroup_index(wid, nwg);
  let n = reduce_params.n;
  let span = WORKGROUP_SIZE * reduce_params.items_per_thread;
  if (group * span >= n) {
    return;
  }
  var acc = 0.0;
  let base = group * span + lid;
  for (var k = 0u; k < reduce_params.items_per_thread; k++) {
    let i = base + k * WORKGROUP_SIZE;
    if (i < n) {
      acc += reduce_map(reduce_input[i]);
    }
  }
  reduce_scratch[lid] = acc;
  workgroupBarrier();
  for (var stride = WORKGROUP_SIZE / 2u; stride > 0u; stride /= 2u) {
    if (lid < stride) {
      reduce_scratch[lid] += reduce_scratch[lid + stride];
    }
    workgroupBarrier();
  }
  if (lid == 0u) {
    reduce_output[group] = reduce_scratch[0];
  }
}
