import { describe, expect, it } from 'vitest';
import { focusSourceOf } from './focus-source.ts';

describe('focus source', () => {
  it('a pointer press or Tab sets it; Space, arrows and other keys leave it', () => {
    expect(focusSourceOf({ type: 'pointerdown' })).toBe('pointer');
    expect(focusSourceOf({ type: 'keydown', key: 'Tab' })).toBe('keyboard');
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'Home', 'r']) expect(focusSourceOf({ type: 'keydown', key })).toBeNull();
  });
});
