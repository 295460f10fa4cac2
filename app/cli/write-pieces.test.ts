import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writePieces } from './write-pieces.ts';

describe('writePieces', () => {
  it('writes every piece in order, making the next only after a full buffer drained', async () => {
    const received: string[] = [];
    let made = 0;
    const slow = new Writable({
      highWaterMark: 8,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    function* pieces() {
      for (let i = 0; i < 20; i++) {
        made++;
        // Never more than a couple of pieces ahead of what the stream took.
        expect(made - received.length).toBeLessThanOrEqual(3);
        yield `piece ${i};`;
      }
    }
    await writePieces(slow, pieces());
    expect(received.join('')).toBe(Array.from({ length: 20 }, (_, i) => `piece ${i};`).join(''));
  });
});
