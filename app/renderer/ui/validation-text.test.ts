import { describe, expect, it } from 'vitest';
import { SHIFT_WIDTH_ALLOWED } from '#core/models/ntm/step-input.ts';
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
  it('says "not a number" in words and writes Spanish decimals with a comma (never NaN or 0.6000000000000001)', () => {
    const nan = problemMessage('Pivote', { path: 'pivot', problem: 'got a value that is not a number', allowed: 'a finite number in [0.05, 600]' }, 'es');
    expect(nan).toBe('Pivote: se recibió algo que no es un número. Permitido: un número finito en [0,05, 600].');
    const sum = problemMessage('α_op', { path: 'op1', problem: 'sums to 0.6', allowed: 'weights summing to 1 (within 0.000001)' }, 'es');
    expect(sum).toBe('α_op: suma 0,6. Permitido: pesos que suman 1 (con tolerancia 0,000001).');
    expect(sum).not.toMatch(/NaN|\d\.\d/);
  });
  it('the shift width cap in Spanish (NTM eq. (8), K ≤ 64)', () => {
    const wide = problemMessage('Desplazamiento s', { path: 'steps[0].shift', problem: 'got length 131', allowed: SHIFT_WIDTH_ALLOWED }, 'es');
    expect(wide).toBe('Desplazamiento s: longitud 131. Permitido: como mucho 129 entradas (K ≤ 64).');
  });
});
