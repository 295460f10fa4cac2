import { describe, expect, it } from 'vitest';
import { initialTheme } from './theme-select.ts';

const storage = (value: string | null) => ({ getItem: () => value });

describe('initialTheme', () => {
  it('?theme= wins, then the remembered theme, then dark', () => {
    expect(initialTheme('?theme=light', storage('dark'))).toBe('light');
    expect(initialTheme('?module=ntm', storage('light'))).toBe('light');
    expect(initialTheme('', null)).toBe('dark');
  });
  it('ignores unknown names and a failing storage', () => {
    expect(initialTheme('?theme=sepia', storage('neon'))).toBe('dark');
    expect(
      initialTheme('', {
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('dark');
  });
});
