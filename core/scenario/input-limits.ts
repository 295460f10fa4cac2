/**
 * The size limit on what the command line and the app read as JSON (README, "The atenea command"): a case
 * file, stdin, a scenario or lesson file. Reading stops at the limit, so a stream with no end (`/dev/zero`)
 * is refused instead of filling the memory.
 */

/** The most bytes read from stdin or one file: 64 MiB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The refusal's `problem` and `allowed` parts for an input past {@link MAX_INPUT_BYTES}. */
export const INPUT_TOO_LARGE = {
  problem: 'larger than 64 MiB',
  allowed: `at most 64 MiB (${MAX_INPUT_BYTES} bytes) of JSON`,
} as const;
