import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BlobAssembler } from './byte-sink.ts';

async function bytesOf(blob: Blob): Promise<number[]> {
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}

describe('BlobAssembler', () => {
  it('appends, patches earlier bytes and fills gaps with zeros', async () => {
    const a = new BlobAssembler(4);
    a.write(0, new Uint8Array([1, 2, 3]));
    a.write(3, new Uint8Array([4, 5, 6]));
    a.write(1, new Uint8Array([9, 9]));
    a.write(8, new Uint8Array([7]));
    a.write(5, new Uint8Array([8, 8, 8, 8, 8]));
    expect(a.length).toBe(10);
    expect(await bytesOf(a.blob('x/y'))).toEqual([1, 9, 9, 4, 5, 8, 8, 8, 8, 8]);
  });

  it('equals a plain array written at the same positions (any writes)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(60), fc.uint8Array({ minLength: 1, maxLength: 20 })), { maxLength: 25 }),
        fc.integer({ min: 1, max: 16 }),
        async (writes, block) => {
          const a = new BlobAssembler(block);
          const ref: number[] = [];
          for (const [pos, data] of writes) {
            const p = Math.min(pos, ref.length + 3);
            while (ref.length < p) ref.push(0);
            data.forEach((v, i) => (ref[p + i] = v));
            a.write(p, data);
          }
          expect(await bytesOf(a.blob(''))).toEqual(ref);
        },
      ),
      { numRuns: 80 },
    );
  });
});
