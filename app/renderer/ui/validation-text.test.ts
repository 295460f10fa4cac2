import { describe, expect, it } from 'vitest';
import { problemMessage } from './validation-text.ts';

describe('validation messages in the UI language', () => {
  const p = { path: 'steps[0].beta', problem: 'got -1', allowed: 'a finite number ≥ 0' };
  it('keeps English as validate.ts wrote it', () => {
    expect(problemMessage('Key strength β', p, 'en')).toBe('Key strength β: got -1. Allowed: a finite number ≥ 0.');
  });
  it('translates the rule to Spanish', () => {
    expect(problemMessage('Intensidad de la clave β', p, 'es')).toBe('Intensidad de la clave β: se recibió -1. Permitido: un número finito ≥ 0.');
    expect(problemMessage('N', { path: 'N', problem: 'got 0', allowed: 'an integer in [1, 1024]' }, 'es')).toContain('un entero en [1, 1024]');
  });
});
