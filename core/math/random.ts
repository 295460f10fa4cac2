/**
 * A seeded pseudo-random generator (mulberry32). `core/` never calls Math.random: every random input comes
 * from a seed stored in the scenario, so the same scenario gives the same trace bit for bit.
 */

/** A generator of uniform numbers in [0, 1), and helpers built on it. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Integer uniform in [min, max] (both included). */
  int(min: number, max: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
}

/** Creates a generator from a 32-bit seed (any finite number; it is truncated to 32 bits). */
export function seededRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
