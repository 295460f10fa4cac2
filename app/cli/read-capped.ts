/**
 * Reading stdin or a file as UTF-8 text with the size limit of core/scenario/input-limits.ts: past the limit
 * the read stops and the command exits 2 naming it (a stream with no end, like /dev/zero, included).
 */
import { createReadStream } from 'node:fs';
import { INPUT_TOO_LARGE, MAX_INPUT_BYTES } from '#core/scenario/input-limits.ts';
import { oneLine } from '#core/scenario/describe-value.ts';
import { CliError, EXIT } from './cli-error.ts';

/** Reads a byte stream to the end as text; throws a CliError (exit 2) naming `label` once it passes `cap` bytes. */
export async function readCapped(stream: AsyncIterable<Buffer | string>, label: string, cap = MAX_INPUT_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > cap) {
      if ('destroy' in stream && typeof stream.destroy === 'function') (stream.destroy as () => void)();
      throw new CliError(
        EXIT.badInput,
        `${oneLine(label, 200)}: ${cap === MAX_INPUT_BYTES ? INPUT_TOO_LARGE.problem : `larger than ${cap} bytes`}; allowed: ${cap === MAX_INPUT_BYTES ? INPUT_TOO_LARGE.allowed : `at most ${cap} bytes`}`,
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A file's text within the limit, or undefined when there is no such file (or it is a folder). */
export async function readFileCapped(path: string, cap = MAX_INPUT_BYTES): Promise<string | undefined> {
  try {
    return await readCapped(createReadStream(path), path, cap);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}
