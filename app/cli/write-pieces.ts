/**
 * Writing a long output piece by piece with backpressure: the next piece is made only once the stream has taken
 * the last, so a trace of any length goes out in bounded memory (README "The atenea command").
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes every piece to `stream` in order, waiting for `drain` whenever its buffer is full; resolves once all are flushed. */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  await new Promise<void>((resolve, reject) => stream.write('', (error) => (error ? reject(error) : resolve())));
}
