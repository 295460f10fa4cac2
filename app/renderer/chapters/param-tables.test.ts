/**
 * Every chapter's parameter table against its presets, in both languages: each parameter of each preset is
 * either accepted with the preset's own value or refused with a problem at its own field, a parameter that does
 * not apply gets the chapter's refusal in the UI language, and the panel shows exactly the rows that apply.
 */
import { describe, expect, it } from 'vitest';
import { messages, type Language } from '../../shared/i18n/i18n.ts';
import { ACT_PARAMS } from './act/act-params.ts';
import { ATTENTION_PARAMS } from './attention/attention-params.ts';
import { applyParameter } from './apply-parameter.ts';
import { paramsFor } from './chapter.ts';
import { FOCUS_PARAMS } from './focus/focus-params.ts';
import { NTM_PARAMS } from './ntm/ntm-params.ts';
import type { ParamTable } from './param-table.ts';
import { PROGRAMMER_PARAMS } from './programmer/programmer-params.ts';
import { CHAPTERS } from './registry.ts';

const TABLES: Record<string, ParamTable> = {
  ntm: NTM_PARAMS,
  focus: FOCUS_PARAMS,
  attention: ATTENTION_PARAMS,
  act: ACT_PARAMS,
  programmer: PROGRAMMER_PARAMS,
};
const LANGUAGES: readonly Language[] = ['en', 'es'];

describe.each(Object.entries(TABLES))('the %s parameter table', (id, table) => {
  const chapter = CHAPTERS[id as keyof typeof CHAPTERS]!;
  it('is the chapter the registry holds: its panel fields are the table rows, in order', () => {
    expect(chapter.params.map((s) => s.name)).toEqual(table.rows.filter((r) => !r.hidden).map((r) => r.name));
    expect(new Set(table.rows.map((r) => r.name)).size).toBe(table.rows.length);
    for (const language of LANGUAGES) for (const spec of chapter.params) expect(spec.label(messages(language))).not.toBe('');
  });
  for (const preset of chapter.presets) {
    const current = chapter.presetParameters(preset.id);
    it(`${preset.id}: every parameter applies or is refused, in both languages`, () => {
      for (const row of table.rows) {
        const applies = row.appliesTo?.presets(preset.id) ?? true;
        for (const language of LANGUAGES) {
          const value = current[row.name] ?? 0;
          const r = applyParameter(table, preset.id, row.name, value, current, language);
          const where = `${id}/${preset.id}/${row.name}/${language}`;
          if (!applies) {
            expect(r, where).toEqual({ problem: { path: row.name, ...row.appliesTo!.refusal(messages(language)) } });
          } else if (current[row.name] !== undefined) {
            expect(r, where).toMatchObject({ parameters: { [row.name]: current[row.name] } });
          } else {
            // A parameter of the preset with no value yet (a program step past T): refused at its own field.
            expect('problem' in r && r.problem.path, where).toBe(row.name);
          }
        }
        if (!applies) {
          const [en, es] = LANGUAGES.map((l) => row.appliesTo!.refusal(messages(l)).problem);
          expect(en, `${id}/${preset.id}/${row.name}`).not.toBe(es);
        }
      }
    });
    it(`${preset.id}: the panel shows exactly the rows that apply, and refuses a name outside the table`, () => {
      const shown = table.rows.filter((r) => !r.hidden && (r.appliesTo?.presets(preset.id) ?? true)).map((r) => r.name);
      expect(paramsFor(chapter, preset.id).map((s) => s.name)).toEqual(shown);
      for (const language of LANGUAGES) {
        const r = chapter.applyParameter(preset.id, 'nope', 1, current, language);
        expect(r).toEqual({
          problem: { path: 'nope', problem: messages(language).params.notParameter, allowed: table.rows.map((row) => row.name).join(', ') },
        });
      }
    });
  }
});
