/** What the command reads from the outside world, so the whole command can also run in a test. */
export interface CliIo {
  /** The whole of stdin as text. */
  readStdin(): Promise<string>;
  /** A file's text, or undefined when there is no such file. */
  readFile(path: string): Promise<string | undefined>;
}

/** What the command writes: stdout (empty on failure), one stderr line on failure, the exit code. */
export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  /** Set for `trace`: the rest of stdout in pieces, written in order after `stdout` (never joined into one string). */
  readonly stdoutPieces?: Iterable<string>;
  readonly stderr: string;
}
