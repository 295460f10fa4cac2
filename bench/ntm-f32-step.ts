/**
 * The plain JavaScript baseline of the NTM benchmark (README "Speed"): one erase/add head step (NTM eqs. 2–9,
 * Graves, Wayne & Danihelka 2014) in single-threaded Float32Array loops over preallocated buffers, the way a
 * careful hand-written CPU version would do it: one pass over the memory for the similarity, one for read and
 * write. It is a yardstick for the WebGPU engine, not a backend (the float64 reference in core/models/ntm is).
 */

/** The state and buffers of the baseline for one N × M; `memory` and `weights` are updated in place by each step. */
export interface NtmF32State {
  readonly rows: number;
  readonly columns: number;
  memory: Float32Array;
  weights: Float32Array;
  readonly key: Float32Array;
  readonly shift: Float32Array;
  readonly erase: Float32Array;
  readonly add: Float32Array;
  readonly beta: number;
  readonly gate: number;
  readonly gamma: number;
  /** Scratch: similarity, then content weights (N). */
  readonly content: Float32Array;
  /** Scratch: gated weights (N). */
  readonly gated: Float32Array;
  /** The read vector of the last step (M). */
  readonly read: Float32Array;
  /** The memory after the last write; swapped with `memory` each step. */
  next: Float32Array;
}

/** A state from float64 inputs. */
export function ntmF32State(input: {
  memory: { rows: number; columns: number; data: ArrayLike<number> };
  previousWeights: ArrayLike<number>;
  key: ArrayLike<number>;
  shift: ArrayLike<number>;
  erase: ArrayLike<number>;
  add: ArrayLike<number>;
  beta: number;
  gate: number;
  gamma: number;
}): NtmF32State {
  const { rows, columns } = input.memory;
  return {
    rows,
    columns,
    memory: Float32Array.from(input.memory.data),
    weights: Float32Array.from(input.previousWeights),
    key: Float32Array.from(input.key),
    shift: Float32Array.from(input.shift),
    erase: Float32Array.from(input.erase),
    add: Float32Array.from(input.add),
    beta: input.beta,
    gate: input.gate,
    gamma: input.gamma,
    content: new Float32Array(rows),
    gated: new Float32Array(rows),
    read: new Float32Array(columns),
    next: new Float32Array(rows * columns),
  };
}

/** One step: `s.weights` becomes w_t, `s.memory` the memory after the write, `s.read` the read vector. */
export function ntmF32Step(s: NtmF32State): void {
  const { rows: n, columns: m, memory, key, content, gated, weights, shift, erase, add, read, next } = s;
  let keyNorm = 0;
  for (let j = 0; j < m; j++) keyNorm += key[j]! * key[j]!;
  keyNorm = Math.sqrt(keyNorm);
  let top = -Infinity;
  for (let i = 0, base = 0; i < n; i++, base += m) {
    let dot = 0;
    let norm = 0;
    for (let j = 0; j < m; j++) {
      const x = memory[base + j]!;
      dot += x * key[j]!;
      norm += x * x;
    }
    const cosine = norm > 0 && keyNorm > 0 ? Math.min(1, Math.max(-1, dot / (Math.sqrt(norm) * keyNorm))) : 0;
    const z = s.beta * cosine;
    content[i] = z;
    if (z > top) top = z;
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += content[i] = Math.exp(content[i]! - top);
  for (let i = 0; i < n; i++) gated[i] = (s.gate * content[i]!) / total + (1 - s.gate) * weights[i]!;
  const half = (shift.length - 1) / 2;
  let sharpTop = 0;
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < shift.length; j++) acc += gated[(((i - (j - half)) % n) + n) % n]! * shift[j]!;
    weights[i] = acc;
    if (acc > sharpTop) sharpTop = acc;
  }
  let sharpTotal = 0;
  for (let i = 0; i < n; i++) sharpTotal += weights[i] = sharpTop > 0 && weights[i]! > 0 ? Math.pow(weights[i]! / sharpTop, s.gamma) : 0;
  read.fill(0);
  for (let i = 0, base = 0; i < n; i++, base += m) {
    const w = sharpTotal > 0 ? (weights[i] = weights[i]! / sharpTotal) : 0;
    for (let j = 0; j < m; j++) {
      const x = memory[base + j]!;
      read[j] = read[j]! + w * x;
      next[base + j] = x * (1 - w * erase[j]!) + w * add[j]!;
    }
  }
  s.next = memory;
  s.memory = next;
}
