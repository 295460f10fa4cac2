import { describe, expect, it } from 'vitest';
import { ntmCopyFile } from './ntm-copy-file.ts';
import raw from './ntm-copy.json' with { type: 'json' };
import { ntmCopyModel, parseNtmCopyFile } from './weights.ts';

const clone = (): Record<string, any> => JSON.parse(JSON.stringify(raw));

describe('the ntm-copy weight file', () => {
  it('is valid, with a card, the final weights and at least two checkpoints from step 0', () => {
    const file = ntmCopyFile();
    expect(file.card.library).toBe('tfjs-core 4.22 cpu');
    expect(file.checkpoints.length).toBeGreaterThanOrEqual(2);
    expect(file.checkpoints[0]!.step).toBe(0);
    expect(file.checkpoints.at(-1)!.step).toBe(file.card.steps);
    expect(ntmCopyModel(file, 0).weights).toBe(file.checkpoints[0]!.weights);
    expect(ntmCopyModel(file).weights).toBe(file.weights);
  });
  it('names the field of a bad file', () => {
    const short = clone();
    short.weights.lstmBias.pop();
    expect(() => parseNtmCopyFile(short)).toThrow(/^weights\.lstmBias: .*allowed/);
    const badRow = clone();
    badRow.checkpoints[1].weights.headKernel[3] = [1, 2];
    expect(() => parseNtmCopyFile(badRow)).toThrow(/checkpoints\[1\]\.weights\.headKernel\[3\]/);
    const noCard = clone();
    delete noCard.card.sizes;
    expect(() => parseNtmCopyFile(noCard)).toThrow(/^card\.sizes/);
    expect(() => parseNtmCopyFile({ ...clone(), checkpoints: [] })).toThrow(/^checkpoints/);
    expect(() => ntmCopyModel(ntmCopyFile(), 99)).toThrow(/^checkpoint: got 99/);
  });
  it('describes a bad card value in one short line instead of echoing it (or overflowing on deep nesting)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const deepCard = clone();
    deepCard.card.task = deep;
    expect(() => parseNtmCopyFile(deepCard)).toThrow(/^card\.task: got an array of length 1; allowed: a string$/);
    const hugeCard = clone();
    hugeCard.card.machine = { text: 'x'.repeat(1 << 20) };
    expect(() => parseNtmCopyFile(hugeCard)).toThrow(/^card\.machine: got an object with 1 field; allowed: a string$/);
  });
});
