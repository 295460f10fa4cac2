import { describe, expect, it } from 'vitest';
import { moduleFromSearch, searchForModule } from './module-select.ts';

describe('module selector', () => {
  it('reads ?module= among the known modules, defaulting to the first', () => {
    expect(moduleFromSearch('?e2e=1&module=programmer', ['ntm', 'programmer'])).toBe('programmer');
    expect(moduleFromSearch('?module=nope', ['ntm', 'programmer'])).toBe('ntm');
    expect(moduleFromSearch('', ['ntm', 'programmer'])).toBe('ntm');
  });
  it('keeps the other query parameters and sets the language', () => {
    expect(searchForModule('?e2e=1&lang=es', 'programmer', 'en')).toBe('?e2e=1&lang=en&module=programmer');
  });
});
