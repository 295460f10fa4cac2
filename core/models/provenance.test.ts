import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actPresets } from './act/presets.ts';
import { ATTENTION_PRESETS, FOCUS_PRESETS } from './attention/presets.ts';
import { NTM_PRESETS } from './ntm/presets.ts';
import { PROGRAMMER_PRESETS } from './programmer/presets.ts';
import { PROVENANCES } from './provenance.ts';

const core = fileURLToPath(new URL('../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('provenance', () => {
  it('is declared once, in core/models/provenance.ts, and every module uses that declaration', () => {
    const declaring = sources(core)
      .filter((f) => /\b(type|interface|enum)\s+Provenance\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(core, f));
    expect(declaring).toEqual(['models/provenance.ts']);
  });

  it('names one of the four provenances for every preset of every module', () => {
    const presets = [...NTM_PRESETS, ...actPresets, ...ATTENTION_PRESETS, ...FOCUS_PRESETS, ...PROGRAMMER_PRESETS];
    expect(presets.length).toBeGreaterThanOrEqual(20);
    for (const p of presets) expect(PROVENANCES, p.id).toContain(p.provenance);
    expect(PROGRAMMER_PRESETS.find((p) => p.id === 'controller')?.provenance).toBe('random-untrained');
  });
});
