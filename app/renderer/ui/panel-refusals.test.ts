/**
 * Every refusal the parameters panel can show, in Spanish: each chapter's own words (not for this preset, the
 * program's steps…) and core/scenario/validate.ts's rules through validation-text.ts's phrase table. Bad values of
 * every kind are fed to every parameter of every preset; no English word may remain in what the panel shows.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../shared/i18n/i18n.ts';
import { CHAPTERS } from '../chapters/registry.ts';
import type { ParamValue } from '../state/scenario-slice.ts';
import { problemMessage } from './validation-text.ts';

/** English words that validate.ts, the core parsers and the chapters use (none is also a Spanish word). */
const ENGLISH = new Set(
  (
    'the of to in is are got must only applies apply applied number numbers integer integers array finite missing sums summing ' +
    'within entries entry never reaches reach before after steps step has have with without one at most least length rows row ' +
    'columns column should be not parameter too many cells draw program controller seeded seed hand set given ' +
    'halting value values cell or and probability odd offset weighs multiple per dab between for from than when where ' +
    'which that this these those every each any all none some need needs needed allowed invalid out range distribution over ' +
    'names named table question pivot operation operations positive negative non zero greater less equal above below'
  ).split(' '),
);

/** Bad values of every shape: wrong types, out of range, wrong lengths, not summing to 1, never halting. */
function badValues(current: ParamValue | undefined): ParamValue[] {
  const values: ParamValue[] = [NaN, -1e12, 1e12, -1, 0, 0.5, 1.5, 2, 3, 4, 1e6, 'nope', [], [2], [0.5], [-1], [0, 0], [1, 1], [0.5, 0.5, 0.5]];
  values.push(new Array<number>(40).fill(0.01), [0.001, 0.001], [0.2, 0.2], new Array<number>(9).fill(0.3));
  if (Array.isArray(current)) {
    const c = current as readonly number[];
    values.push(
      c.slice(1),
      [...c, 0],
      c.map(() => 0),
      c.map(() => 0.001),
      c.map(() => 2),
      c.map(() => -1),
      c.map(() => 0.5),
    );
  }
  return values;
}

/** Every (chapter, preset, parameter, message) the panel can show for the bad values, in Spanish. */
function spanishRefusals(): { where: string; message: string; english: string[] }[] {
  const m = messages('es');
  const out: { where: string; message: string; english: string[] }[] = [];
  for (const chapter of Object.values(CHAPTERS)) {
    if (!chapter) continue;
    for (const preset of chapter.presets) {
      const current = chapter.presetParameters(preset.id);
      for (const spec of chapter.params) {
        for (const value of badValues(current[spec.name])) {
          const result = chapter.applyParameter(preset.id, spec.name, value, current, 'es');
          if (!('problem' in result)) continue;
          const message = problemMessage(spec.label(m), result.problem, 'es');
          // The part after the label (the label is the chapter's own Spanish text), without quoted identifiers
          // (the core's operation and column names, e.g. "greater", are names, not words).
          const words =
            message
              .slice(spec.label(m).length)
              .replace(/"[^"]*"/g, '')
              .toLowerCase()
              .match(/[a-z]+/g) ?? [];
          out.push({
            where: `${chapter.id}/${preset.id}/${spec.name}=${JSON.stringify(value)}`,
            message,
            english: words.filter((w) => ENGLISH.has(w)),
          });
        }
      }
    }
  }
  return out;
}

describe('every refusal the panels can produce, in Spanish', () => {
  const refusals = spanishRefusals();
  it('produces refusals of every chapter', () => {
    expect(new Set(refusals.map((r) => r.where.split('/')[0]))).toEqual(new Set(Object.keys(CHAPTERS)));
    expect(refusals.length).toBeGreaterThan(200);
  });
  it('leaves no English word in what the panel shows', () => {
    const english = refusals.filter((r) => r.english.length > 0).map((r) => `${r.where}: ${r.message} [${r.english.join(' ')}]`);
    expect([...new Set(english)]).toEqual([]);
  });
});
