/**
 * A failure the command reports as one line on stderr with an exit code (README, "The atenea command"):
 * 2 for bad input or usage, 3 for `--backend webgpu` with no adapter.
 */

/** Exit codes of `atenea`. */
export const EXIT = Object.freeze({ ok: 0, internal: 1, badInput: 2, noAdapter: 3 });

/** An expected failure: `message` is the line printed after `atenea: `. */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
