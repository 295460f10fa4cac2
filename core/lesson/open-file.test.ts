import { describe, expect, it } from 'vitest';
import { MECHANISMS } from '../models/registry.ts';
import { builtinLesson } from './builtin.ts';
import { LESSON_SUFFIX, jsonFileText, lessonFileName, readAteneaFile } from './open-file.ts';

const lesson = builtinLesson('augmented-rnns')!;
const preset = (module: string) => MECHANISMS.find((m) => m.id === module)!.presets[0]!.scenario as Record<string, unknown>;

describe('readAteneaFile', () => {
  it('opens a lesson by its kind or by its name, and round-trips what it saves', () => {
    const text = jsonFileText(lesson);
    expect(readAteneaFile('mine.json', text)).toEqual({ kind: 'lesson', lesson });
    expect(readAteneaFile(lessonFileName(lesson), text).kind).toBe('lesson');
    expect(lessonFileName(lesson)).toBe('augmented-rnns.atenea-lesson.json');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('opens every preset of every module as a scenario file of that module', () => {
    for (const m of MECHANISMS) {
      const scenario = { module: m.id, ...(m.presets[0]!.scenario as object) };
      const opened = readAteneaFile(`${m.id}.json`, JSON.stringify(scenario));
      expect(opened).toEqual({ kind: 'scenario', module: m.id, scenario });
    }
  });

  it('refuses a bad lesson naming the field and what is allowed', () => {
    const bad = { ...lesson, slides: lesson.slides.map((s, i) => (i === 3 ? { ...s, kind: 'movie' } : s)) };
    expect(() => readAteneaFile('bad.json', JSON.stringify(bad))).toThrow(/slides\[3\]\.kind.*allowed/);
    expect(() => readAteneaFile('x.atenea-lesson.json', JSON.stringify({ kind: 'lesson', id: 'Bad Id', title: 't', slides: [] }))).toThrow(/^id: .*allowed/);
  });

  it('refuses a bad scenario, an unknown module, something else, broken JSON and an oversized file', () => {
    expect(() => readAteneaFile('s.json', JSON.stringify({ ...preset('ntm'), module: 'ntm', steps: 'many' }))).toThrow(/steps.*allowed/);
    expect(() => readAteneaFile('s.json', JSON.stringify({ module: 'lstm' }))).toThrow(/^module: got the string "lstm"; allowed: one of ntm, act/);
    expect(() => readAteneaFile('s.json', JSON.stringify({ hello: 1 }))).toThrow(/^kind: neither .*allowed: a lesson/);
    expect(() => readAteneaFile('s.json', '[1, 2]')).toThrow(/^s\.json: not a JSON object/);
    expect(() => readAteneaFile(`s${LESSON_SUFFIX}`, '"lesson"')).toThrow(/^s\.atenea-lesson\.json: not a JSON object; allowed: a lesson/);
    expect(() => readAteneaFile('s.json', '{"kind": "lesson",')).toThrow(/^s\.json: not valid JSON \(line 1/);
    expect(() => readAteneaFile('big.json', '{}', 64 * 1024 * 1024 + 1)).toThrow(/^big\.json: larger than 64 MiB; allowed/);
  });
});
