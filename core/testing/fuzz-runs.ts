/**
 * How long the property suites run: bounded in `npm test` (a fixed seed and the suite's own number of runs), and
 * many more runs from a fresh seed under `npm run fuzz`, which sets `ATENEA_FUZZ_RUNS` (the factor) and may set
 * `ATENEA_FUZZ_SEED` to replay a failure fast-check reported.
 */

/** The fast-check parameters of one property. */
export interface FuzzRuns {
  readonly numRuns: number;
  readonly seed: number;
}

/** Reads an environment variable where there is one (Node); undefined in a browser. */
function env(name: string): string | undefined {
  const host = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return host.process?.env?.[name];
}

/** A positive integer from the environment, or undefined when unset or not one. */
function positiveInteger(name: string): number | undefined {
  const text = env(name);
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}

/** The seed of a long fuzz run: `ATENEA_FUZZ_SEED`, else one drawn now (fast-check prints it with any failure). */
const longRunSeed = positiveInteger('ATENEA_FUZZ_SEED') ?? Math.floor(Math.random() * 2 ** 31);

/**
 * The runs of a property whose bounded form is `numRuns` runs from `seed`: exactly that in `npm test`;
 * `numRuns × ATENEA_FUZZ_RUNS` runs from a fresh (or the given) seed under `npm run fuzz`.
 */
export function fuzzRuns(numRuns: number, seed: number): FuzzRuns {
  const factor = positiveInteger('ATENEA_FUZZ_RUNS');
  return factor === undefined ? { numRuns, seed } : { numRuns: numRuns * factor, seed: longRunSeed };
}
