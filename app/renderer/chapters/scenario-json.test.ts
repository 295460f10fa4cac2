import { describe, expect, it } from 'vitest';
import { jsonFileText, readAteneaFile } from '#core/lesson/open-file.ts';
import { CHAPTERS } from './registry.ts';

describe('a chapter\u2019s scenario as a file ("Guardar escenario como…")', () => {
  for (const chapter of Object.values(CHAPTERS)) {
    if (!chapter) continue;
    it(`${chapter.id}: every preset's scenario, as edited, opens again as a scenario of ${chapter.id}`, () => {
      for (const preset of chapter.presets) {
        const parameters = chapter.presetParameters(preset.id);
        const opened = readAteneaFile(`${chapter.id}.json`, jsonFileText(chapter.scenarioJson(preset.id, parameters)));
        expect(opened.kind, preset.id).toBe('scenario');
        expect(opened.kind === 'scenario' && opened.module).toBe(chapter.id);
      }
    });
  }

  it('keeps an edited parameter in the saved scenario', () => {
    const ntm = CHAPTERS.ntm!;
    const base = ntm.presetParameters('lookup');
    const edited = ntm.applyParameter('lookup', 'beta', 7.5, base, 'en');
    if (!('parameters' in edited)) throw new Error('beta 7.5 refused');
    const json = ntm.scenarioJson('lookup', edited.parameters) as { steps: { beta?: number }[] };
    expect(json.steps[0]!.beta).toBe(7.5);
  });
});
