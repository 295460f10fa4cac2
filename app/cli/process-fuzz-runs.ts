/**
 * How many runs a property over the real `atenea` process makes: each run starts a process (about a second),
 * so under `npm run fuzz` such a property runs a tenth of the factor the in-process properties use (at least
 * its bounded count); in `npm test`, exactly its bounded count from its fixed seed (core/testing/fuzz-runs.ts).
 */
import { fuzzRuns, type FuzzRuns } from '#core/testing/fuzz-runs.ts';

/** {@link fuzzRuns} for a property that starts a process per run. */
export function processRuns(numRuns: number, seed: number): FuzzRuns {
  const runs = fuzzRuns(numRuns, seed);
  return runs.numRuns === numRuns ? runs : { ...runs, numRuns: Math.max(numRuns, Math.round(runs.numRuns / 10)) };
}
