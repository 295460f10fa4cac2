/**
 * The chapter API across every chapter: the panel shows only the parameters a preset has (ParamSpec.appliesTo,
 * through {@link paramsFor}), those are exactly the parameters the preset starts from, and the chapter's own
 * refusals come out in the UI language passed to applyParameter.
 */
import { describe, expect, it } from 'vitest';
import { paramsFor } from './chapter.ts';
import { CHAPTERS, chapterFor } from './registry.ts';

const names = (module: Parameters<typeof chapterFor>[0], preset: string) => paramsFor(chapterFor(module), preset).map((s) => s.name);

describe('parameters per preset', () => {
  it('shows no seed on a hand-set program and no halting values on the parity preset', () => {
    expect(names('act', 'one-step')).toEqual(['halting', 'epsilon', 'maxSteps']);
    expect(names('act', 'parity')).toEqual(['epsilon', 'maxSteps', 'seed']);
    expect(names('programmer', 'count-greater')).not.toContain('seed');
    expect(names('programmer', 'count-greater')).not.toContain('sharpness');
    expect(names('programmer', 'controller')).toEqual(['pivot', 'steps', 'seed', 'sharpness']);
  });
  it('shows no spot fields on the sentence preset and no word vectors on the moon', () => {
    expect(names('focus', 'sentence')).toEqual(['attention', 'values']);
    expect(names('focus', 'moon')).toEqual(['center', 'radius', 'softness', 'brush']);
  });
  it('shows, for every preset of every chapter, exactly the panel parameters the preset starts from', () => {
    for (const chapter of Object.values(CHAPTERS)) {
      const all = new Set(chapter!.params.map((s) => s.name));
      for (const preset of chapter!.presets) {
        const start = Object.keys(chapter!.presetParameters(preset.id)).filter((n) => all.has(n));
        const shown = paramsFor(chapter!, preset.id).map((s) => s.name);
        // Programmer: steps 3 and 4 of a 2-step program are there to be filled in when T grows.
        const expected = chapter!.params
          .map((s) => s.name)
          .filter((n) => start.includes(n) || (chapter!.id === 'programmer' && /^(op|column)[34]$/.test(n) && shown.includes('op1')));
        expect(shown, `${chapter!.id}/${preset.id}`).toEqual(expected);
      }
    }
  });
  it('refuses a parameter of another preset, in the language asked for', () => {
    const cases = [
      ['act', 'one-step', 'seed', 1, /solo se aplica a los escenarios con celda/],
      ['act', 'parity', 'halting', [0.5, 0.5], /solo se aplica a los escenarios con valores a mano/],
      ['programmer', 'count-greater', 'seed', 1, /solo se aplica al controlador con semilla/],
      ['programmer', 'controller', 'spread', 0.1, /solo se aplica a programas fijados a mano/],
      ['focus', 'sentence', 'radius', 0.1, /solo lo tienen las escenas de imagen/],
      ['attention', 'translation', 'seed', 1, /calcúlalo/],
    ] as const;
    for (const [module, preset, name, value, es] of cases) {
      const chapter = chapterFor(module);
      const current = chapter.presetParameters(preset);
      const inSpanish = chapter.applyParameter(preset, name, value, current, 'es');
      const inEnglish = chapter.applyParameter(preset, name, value, current, 'en');
      expect('problem' in inSpanish && inSpanish.problem.problem, `${module}/${name}`).toMatch(es);
      expect('problem' in inEnglish && inEnglish.problem.problem, `${module}/${name}`).toMatch(/only|compute/);
    }
  });
  it('refuses a step beyond a program of 2 steps in Spanish', () => {
    const chapter = chapterFor('programmer');
    const current = chapter.presetParameters('count-greater');
    const r = chapter.applyParameter('count-greater', 'op3', [1, 0, 0, 0, 0, 0, 0, 0, 0], current, 'es');
    expect('problem' in r && r.problem.problem).toBe('el programa tiene 2 pasos');
  });
});
