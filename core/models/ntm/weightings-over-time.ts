/**
 * Read and write weightings over time, as matrices for heat maps (Graves et al. 2014, Fig. 6: the copy
 * task's write weightings during input, read weightings during output).
 */
import type { NtmTrace } from './run-scenario.ts';

/** Time × slot matrices: row t is the weighting at time step t (all zeros where no head read, or wrote). */
export interface WeightingsOverTime {
  /** Number of time steps (rows). */
  readonly steps: number;
  /** N, the number of memory slots (columns). */
  readonly slots: number;
  /** Final weights w of each step whose role reads (`read` or `read-write`). */
  readonly read: number[][];
  /** Final weights w of each step whose role writes (`write` or `read-write`). */
  readonly write: number[][];
}

/** Collects each time step's final weights into a read matrix and a write matrix (one row per step). */
export function weightingsOverTime(trace: NtmTrace): WeightingsOverTime {
  const firstFrames = Array.from({ length: trace.steps }, (_, t) => trace.frames.find((f) => f.step === t)!);
  const slots = firstFrames[0]?.data.input.memory.rows ?? 0;
  const rowFor = (t: number, roles: readonly string[]): number[] => {
    const { role, result } = firstFrames[t]!.data;
    return roles.includes(role) ? Array.from(result.weights) : new Array<number>(slots).fill(0);
  };
  return {
    steps: trace.steps,
    slots,
    read: firstFrames.map((_, t) => rowFor(t, ['read', 'read-write'])),
    write: firstFrames.map((_, t) => rowFor(t, ['write', 'read-write'])),
  };
}

/**
 * The read and write weightings with one row per step of the head that reads (or writes) only, no zero rows:
 * for a scenario that alternates a read head and a write head each time step (the trained copy NTM,
 * trained/trained-scenario.ts) row t of each is that head at time step t, as in Graves et al. 2014, Fig. 6.
 */
export function weightingsPerHeadStep(trace: NtmTrace): { readonly slots: number; readonly read: number[][]; readonly write: number[][] } {
  const firstFrames = Array.from({ length: trace.steps }, (_, t) => trace.frames.find((f) => f.step === t)!);
  const slots = firstFrames[0]?.data.input.memory.rows ?? 0;
  const rows = (roles: readonly string[]): number[][] => firstFrames.filter((f) => roles.includes(f.data.role)).map((f) => Array.from(f.data.result.weights));
  return { slots, read: rows(['read', 'read-write']), write: rows(['write', 'read-write']) };
}
