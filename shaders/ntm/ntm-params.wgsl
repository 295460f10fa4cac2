// The per-step scalars of an NTM head step and the plan's launch geometry, shared by every kernel of shaders/ntm/
// (Graves, Wayne & Danihelka 2014, §3.3). Filled on the host through webgpu-utils' structured views
// (core/gpu/ntm/ntm-step-plan.ts).
struct NtmParams {
  // N, the number of memory slots.
  n: u32,
  // M, the width of a slot.
  m: u32,
  // β ≥ 0, key strength (eq. 5).
  beta: f32,
  // g in [0, 1], interpolation gate (eq. 7).
  gate: f32,
  // γ ≥ 1, sharpening exponent (eq. 9).
  gamma: f32,
  // 2K + 1, the length of the shift distribution s (eq. 8).
  shift_width: u32,
  // 0: erase/add write (eqs. 3–4); 1: the lecture's simplified write M_i ← w(i)·a + (1 − w(i))·M_i, which the
  // host runs as the erase/add write with e = 1 (read-write.wgsl); kept for the record of a step's parameters.
  write_mode: u32,
  // M / CELL_WIDTH: the cells (vec4 or f32, see the Cell alias) of one row.
  cells: u32,
  // Threads of the addressing passes; each folds its blocks of rows and writes one partial.
  address_threads: u32,
  // How many partials a consumer folds: address_threads, or FOLD_WIDTH after a fold pass.
  folded: u32,
  // Row chunks of the read/write pass; each owns its blocks of rows and writes one partial row.
  chunks: u32,
  // Rows per block of the addressing passes: thread t owns blocks t, t + address_threads, ... (1 on a GPU, where
  // neighbouring threads should read neighbouring rows; long contiguous blocks on a CPU adapter, where each
  // thread should stream its own memory).
  address_block: u32,
  // Rows per block of the read/write pass, likewise for chunks.
  chunk_block: u32,
  pad0: u32,
  pad1: u32,
}

// The lowest finite f32: the empty maximum.
const LOWEST_F32: f32 = -0x1.fffffep+127f;

// Softmax partials (max z, Σ exp(z − max)) of two disjoint sets, combined (the online softmax of
// Milakov & Gimelshein 2018, as flash-decoding uses it). An empty set is (LOWEST_F32, 0).
fn combine_softmax(a: vec2f, b: vec2f) -> vec2f {
  let top = max(a.x, b.x);
  return vec2f(top, a.y * exp(a.x - top) + b.y * exp(b.x - top));
}

// Sharpening partials (max x, Σ (x / max)^γ over x > 0) of two disjoint sets, combined; an empty set is (0, 0).
fn combine_sharpen(a: vec2f, b: vec2f, gamma: f32) -> vec2f {
  let top = max(a.x, b.x);
  var total = 0.0;
  if (a.x > 0.0) {
    total += a.y * pow(a.x / top, gamma);
  }
  if (b.x > 0.0) {
    total += b.y * pow(b.x / top, gamma);
  }
  return vec2f(top, total);
}

// One more logit z added to a softmax partial (one exp).
fn push_softmax(p: vec2f, z: f32) -> vec2f {
  if (z > p.x) {
    return vec2f(z, p.y * exp(p.x - z) + 1.0);
  }
  return vec2f(p.x, p.y + exp(z - p.x));
}

// One more weight x > 0 added to a sharpening partial (one pow).
fn push_sharpen(p: vec2f, x: f32, gamma: f32) -> vec2f {
  if (x > p.x) {
    var total = 1.0;
    if (p.x > 0.0) {
      total += p.y * pow(p.x / x, gamma);
    }
    return vec2f(x, total);
  }
  return vec2f(p.x, p.y + pow(x / p.x, gamma));
}
