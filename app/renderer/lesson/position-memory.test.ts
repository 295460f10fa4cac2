import { describe, expect, it } from 'vitest';
import { loadPosition, savePosition } from './position-memory.ts';

describe('the remembered lesson position', () => {
  it('round-trips and refuses what is not a position', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    expect(loadPosition(storage)).toBeNull();
    savePosition(storage, { lesson: 'augmented-rnns', slide: 4, frame: 2 });
    expect(loadPosition(storage)).toEqual({ lesson: 'augmented-rnns', slide: 4, frame: 2 });
    data.set('atenea.lesson.position', '{"lesson":"x","slide":-1,"frame":0}');
    expect(loadPosition(storage)).toBeNull();
    data.set('atenea.lesson.position', 'not json');
    expect(loadPosition(storage)).toBeNull();
    expect(loadPosition(null)).toBeNull();
  });
});
