/**
 * What the NTM heat maps draw (Graves et al. 2014, Fig. 6: write weightings during input, read weightings during
 * output): for a trace whose steps alternate a read head and a write head (the trained copy NTM,
 * trained/trained-scenario.ts) one column per time step of each head ({@link weightingsPerHeadStep}); for any
 * other trace one column per scenario step ({@link weightingsOverTime}, zeros where a head did not act).
 */
import type { NtmTrace } from './run-scenario.ts';
import { weightingsOverTime, weightingsPerHeadStep } from './weightings-over-time.ts';

/** The heat maps' columns and how a scenario step maps onto them. */
export interface HeatMapWeightings {
  /** Columns of each map. */
  readonly steps: number;
  readonly read: number[][];
  readonly write: number[][];
  /** The last column of the head's map that scenario step `step` has produced (−1: none yet). */
  revealed(head: 'read' | 'write', step: number): number;
  /** The column of the time step that scenario step `step` belongs to. */
  column(step: number): number;
}

/** Whether the trace alternates a read-only step and a write-only step, read first (the trained copy NTM). */
export function alternatesReadWrite(trace: NtmTrace): boolean {
  if (trace.steps < 2 || trace.steps % 2 !== 0) return false;
  const roles = Array.from({ length: trace.steps }, (_, t) => trace.frames.find((f) => f.step === t)?.data.role);
  return roles.every((role, t) => role === (t % 2 === 0 ? 'read' : 'write'));
}

/** The heat maps' data for a trace (see the module comment). */
export function heatMapWeightings(trace: NtmTrace): HeatMapWeightings {
  if (alternatesReadWrite(trace)) {
    const { read, write } = weightingsPerHeadStep(trace);
    return {
      steps: trace.steps / 2,
      read,
      write,
      // Read steps are the even scenario steps 2t, write steps the odd ones 2t + 1.
      revealed: (head, step) => (head === 'read' ? Math.floor(step / 2) : Math.floor((step + 1) / 2) - 1),
      column: (step) => Math.floor(step / 2),
    };
  }
  const { read, write } = weightingsOverTime(trace);
  return { steps: trace.steps, read, write, revealed: (_head, step) => step, column: (step) => step };
}
