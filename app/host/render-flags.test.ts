import { describe, expect, it } from 'vitest';
import { SOFTWARE_WEBGPU_FLAGS } from './chromium-flags.ts';
import { renderFlags } from './render.ts';

describe('renderFlags (atenea render)', () => {
  it('keeps the sandbox on, with or without a GPU, unless running as root', () => {
    expect(renderFlags(false, false)).toEqual([...SOFTWARE_WEBGPU_FLAGS]);
    expect(renderFlags(false, false)).not.toContain('--no-sandbox');
    expect(renderFlags(true, false)).not.toContain('--no-sandbox');
    expect(renderFlags(false, true)).toContain('--no-sandbox');
    expect(renderFlags(true, true)).toContain('--no-sandbox');
    expect(renderFlags(true, false)).toContain('--enable-unsafe-webgpu');
  });
});
