import { describe, expect, it } from 'vitest';
import { evaluateNtmCopy, meanWrongBits } from './evaluate.ts';
import { ntmCopyFile } from './ntm-copy-file.ts';
import { ntmCopyModel } from './weights.ts';

const file = ntmCopyFile();
const model = ntmCopyModel(file);
const L = file.card.sizes.maxLength;

describe('evaluate ntm-copy', () => {
  it('writes input and target bit matrices and sigmoid outputs, seeded', async () => {
    const a = await evaluateNtmCopy({ model, cases: 3, seed: 5, length: 2 });
    expect(a.model).toBe('ntm-copy');
    expect(a.backend).toBe('cpu');
    expect(a.cases).toHaveLength(3);
    for (const c of a.cases) {
      expect(c.input).toEqual(c.target);
      expect(c.input.flat().every((b) => b === 0 || b === 1)).toBe(true);
      expect(c.output).toHaveLength(2);
      expect(c.output.flat().every((y) => y >= 0 && y <= 1)).toBe(true);
    }
    expect(await evaluateNtmCopy({ model, cases: 3, seed: 5, length: 2 })).toEqual(a);
    expect((await evaluateNtmCopy({ model, cases: 3, seed: 6, length: 2 })).cases[0]!.input).not.toEqual(a.cases[0]!.input);
  });
  it('counts wrong bits against the target', () => {
    const evaluation = {
      model: 'ntm-copy' as const,
      backend: 'cpu' as const,
      cases: [
        { input: [[1, 0]], target: [[1, 0]], output: [[0.9, 0.7]] },
        { input: [[0, 0]], target: [[0, 0]], output: [[0.1, 0.2]] },
      ],
    };
    expect(meanWrongBits(evaluation)).toBe(0.5);
  });
  it(`the shipped weights copy fresh sequences of length ${L} as well as the model card says`, async () => {
    const evaluation = await evaluateNtmCopy({ model, cases: 30, seed: 123_456, length: L });
    const card = file.card.heldOut.ntm[`length${L}`]!;
    expect(meanWrongBits(evaluation)).toBeLessThanOrEqual(card + 1);
    // Well under one wrong bit per sequence (chance: half of the 6·L bits).
    expect(meanWrongBits(evaluation)).toBeLessThan(0.5);
  });
});
