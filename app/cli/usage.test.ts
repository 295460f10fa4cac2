import { describe, expect, it } from 'vitest';
import { RENDER_THEMES } from './commands/render-args.ts';
import { usage } from './usage.ts';

describe('atenea --help', () => {
  const text = usage();
  it('lists compute, trace and render, each with its synopsis', () => {
    expect(text).toContain('compute <module> [--backend cpu|webgpu]');
    expect(text).toContain('trace <scenario.json | preset> [--backend cpu|webgpu]');
    expect(text).toContain('render <scenario.json | preset> --out FILE [options]');
  });
  it('lists every option of render (the same lines as `render --help`)', () => {
    for (const option of [
      '--out FILE',
      '--format mp4|webm|gif|png',
      '--width W --height H',
      '--fps F',
      '--from A --to B',
      '--seconds-per-step S',
      '--seconds-per-transition T',
      `--theme ${RENDER_THEMES.join('|')}`,
      '--lang es|en',
    ]) {
      expect(text).toMatch(new RegExp(`\\n {6}${option.replace(/[|.]/g, '\\$&')} +\\S`));
    }
  });
  it('says what exit 3 means for render', () => {
    expect(text).toMatch(/3 .*render with no browser or renderer/);
  });
});
