// The small folds between the NTM passes, each without a workgroup barrier (they are costly on software
// adapters): thread f of fold_softmax / fold_sharpen combines partials f, f + FOLD_WIDTH, ... of the
// address_threads partials into fold_output[f], so consumers fold at most FOLD_WIDTH values.
// Compose after workgroup-index.wgsl, the Cell prelude and ntm-params.wgsl.

const FOLD_WIDTH: u32 = 64u;

@group(0) @binding(0) var<storage, read> fold_input: array<vec2f>;
@group(0) @binding(1) var<storage, read_write> fold_output: array<vec2f>;
@group(0) @binding(2) var<uniform> ntm: NtmParams;

@compute @workgroup_size(FOLD_WIDTH)
fn fold_softmax(@builtin(local_invocation_index) f: u32) {
  var acc = vec2f(LOWEST_F32, 0.0);
  for (var j = f; j < ntm.address_threads; j += FOLD_WIDTH) {
    acc = combine_softmax(acc, fold_input[j]);
  }
  fold_output[f] = acc;
}

@compute @workgroup_size(FOLD_WIDTH)
fn fold_sharpen(@builtin(local_invocation_index) f: u32) {
  var acc = vec2f(0.0, 0.0);
  for (var j = f; j < ntm.address_threads; j += FOLD_WIDTH) {
    acc = combine_sharpen(acc, fold_input[j], ntm.gamma);
  }
  fold_output[f] = acc;
}
