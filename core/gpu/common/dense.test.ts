import { describe, expect, it } from 'vitest';
import { createDenseLayer } from './dense.ts';

describe('createDenseLayer', () => {
  it('refuses weights or a bias of the wrong size in one line naming the layer and the sizes', async () => {
    const device = {} as GPUDevice; // refused before anything touches the device
    const base = { layout: 'units-by-inputs', units: 2, width: 3, activation: 'tanh', label: 'cell' } as const;
    await expect(createDenseLayer(device, { ...base, weights: [1, 2, 3], bias: [0, 0] })).rejects.toThrow('cell weights: got 3 numbers; expected 2 × 3 = 6');
    await expect(createDenseLayer(device, { ...base, weights: [1, 2, 3, 4, 5, 6], bias: [0] })).rejects.toThrow('cell bias: got 1 numbers; expected 2');
  });
});
