// The per-step scalars of an NTM head step, shared by every kernel of shaders/ntm/
// (Graves, Wayne & Danihelka 2014, §3.3). Filled on the host through webgpu-utils' structured views.
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
  // 0: erase/add write (eqs. 3–4); 1: the lecture's simplified write M_i ← w(i)·a + (1 − w(i))·M_i.
  write_mode: u32,
  pad: u32,
}

