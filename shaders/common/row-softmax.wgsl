// Row-wise stable softmax with an optional mask: one workgroup per row of a rows × cols matrix (row-major),
// y[r, c] = exp(x[r, c] − m_r) / Σ_{kept c'} exp(x[r, c'] − m_r), m_r the largest kept entry of row r, and
// exactly 0 where the mask is false (a masked score is −∞). A row with nothing kept gives all zeros.
// Rows of any length: each thread strides over the row, then the workgroup reduces (WORKGROUP_SIZE must be a
// power of two). For the attention weights of all output steps at once (Bahdanau et al. 2014 eq. 6);
// for one very long vector use reduce.wgsl + softmax-normalize.wgsl instead.
// mask[r * mask_stride + c] != 0 keeps (r, c): mask_stride = 0 shares one mask by all rows, = cols gives one per row.
// Requires shaders/common/workgroup-index.wgsl before it. Host: core/gpu/common/row-softmax.ts.

struct RowSoftmaxParams {
  rows: u32,
  cols: u32,
  use_mask: u32,
  mask_stride: u32,
}

override WORKGROUP_SIZE: u32 = 256u;

@group(0) @binding(0) var<storage, read> row_softmax_input: array<f32>;
@group(0) @binding(1) var<storage, read_write> row_softmax_output: array<f32>;
@group(0) @binding(2) var<storage, read> row_softmax_mask: array<u32>;
@group(0) @binding(3) var<uniform> row_softmax_params: RowSoftmaxParams;

var<workgroup> row_softmax_scratch: array<f32, WORKGROUP_SIZE>;

const ROW_SOFTMAX_LOWEST: f32 = -0x1.fffffep+127f;

fn row_softmax_kept(row: u32, col: u32) -> bool {
  if (row_softmax_params.use_mask == 0u) {
    return true;
  }
  return row_softmax_mask[row * row_softmax_params.mask_stride + col] != 0u;
}

@compute @workgroup_size(WORKGROUP_SIZE)
fn row_softmax(
  @builtin(local_invocation_index) lid: u32,
  @builtin(workgroup_id) wid: vec3u,
  @builtin(num_workgroups) nwg: vec3u,
) {
  let row = flat_workgroup_index(wid, nwg);
  if (row >= row_softmax_params.rows) {
    return;
  }
  let cols = row_softmax_params.cols;
  let base = row * cols;

  var top = ROW_SOFTMAX_LOWEST;
  for (var c = lid; c < cols; c += WORKGROUP_SIZE) {
    if (row_softmax_kept(row, c)) {
      top = max(top, row_softmax_input[base + c]);
    }
  }
  row_softmax_scratch[lid] = top;
  workgroupBarrier();
  for (var stride = WORKGROUP_SIZE / 2u; stride > 0u; stride /= 2u) {
    if (lid < stride) {
      row_softmax_scratch[lid] = max(row_softmax_scratch[lid], row_softmax_scratch[lid + stride]);
    }
    workgroupBarrier();
  }
  let row_max = row_softmax_scratch[0];
  workgroupBarrier();

  var sum = 0.0;
  for (var c = lid; c < cols; c += WORKGROUP_SIZE) {
    if (row_softmax_kept(row, c)) {
      sum += exp(row_softmax_input[base + c] - row_max);
    }
  }
  row_softmax_scratch[lid] = sum;
  workgroupBarrier();
  for (var stride = WORKGROUP_SIZE / 2u; stride > 0u; stride /= 2u) {
    if (lid < stride) {
      row_softmax_scratch[lid] += row_softmax_scratch[lid + stride];
    }
    workgroupBarrier();
  }
  // The largest kept term is exp(0) = 1, so total ≥ 1 whenever something is kept, 0 otherwise.
  let total = row_softmax_scratch[0];

  for (var c = lid; c < cols; c += WORKGROUP_SIZE) {
    var y = 0.0;
    if (total > 0.0 && row_softmax_kept(row, c)) {
      y = exp(row_softmax_input[base + c] - row_max) / total;
    }
    row_softmax_output[base + c] = y;
  }
}
