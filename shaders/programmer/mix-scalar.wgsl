// Neural Programmer, the scalar answer of step t (Neelakantan et al. 2016, Table 1 and §2.4), one thread:
//   scalar_t = α(sum)·Σ_j α_col(j)·sum_t(j) + α(count)·count_t + α(difference)·(scalar_(t−3) − scalar_(t−1))
// scalar_sums holds sum_t(0..C−1) then count_t (shaders/programmer/column-sums.wgsl). scalar_history has
// T + 3 slots: scalar_(−2), scalar_(−1), scalar_0 (all 0), then scalar_t at slot t + 2.
// Host: core/gpu/programmer/programmer-gpu-engine.ts.

struct MixScalarParams {
  columns: u32,
  // t − 1.
  step: u32,
}

const OPERATIONS_PER_STEP: u32 = 9u;
const OP_SUM: u32 = 0u;
const OP_COUNT_ROWS: u32 = 1u;
const OP_DIFFERENCE: u32 = 2u;

@group(0) @binding(0) var<storage, read> scalar_sums: array<f32>;
@group(0) @binding(1) var<storage, read> scalar_op_weights: array<f32>;
@group(0) @binding(2) var<storage, read> scalar_column_weights: array<f32>;
@group(0) @binding(3) var<storage, read_write> scalar_history: array<f32>;
@group(0) @binding(4) var<uniform> scalar_params: MixScalarParams;

@compute @workgroup_size(1)
fn mix_scalar() {
  let a = scalar_params.step * OPERATIONS_PER_STEP;
  let c = scalar_params.step * scalar_params.columns;
  var sum = 0.0;
  for (var j = 0u; j < scalar_params.columns; j++) {
    sum += scalar_column_weights[c + j] * scalar_sums[j];
  }
  let count = scalar_sums[scalar_params.columns];
  // Step t = step + 1: scalar_(t−1) is at slot step + 2, scalar_(t−3) at slot step, scalar_t goes to step + 3.
  let difference = scalar_history[scalar_params.step] - scalar_history[scalar_params.step + 2u];
  scalar_history[scalar_params.step + 3u] = scalar_op_weights[a + OP_SUM] * sum
    + scalar_op_weights[a + OP_COUNT_ROWS] * count
    + scalar_op_weights[a + OP_DIFFERENCE] * difference;
}
