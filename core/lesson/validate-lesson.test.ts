import { describe, expect, it } from 'vitest';
import { ValidationError } from '../scenario/validate.ts';
import { builtinLesson } from './builtin.ts';
import { localize, type Slide } from './lesson.ts';
import { LESSON_MODULES } from './modules.ts';
import { validateLesson } from './validate-lesson.ts';

const minimal = () => ({ kind: 'lesson', id: 'x', title: 'X', slides: [{ kind: 'title', title: 'Hola' }] as unknown[] });

function refusal(value: unknown): ValidationError {
  try {
    validateLesson(value);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('the built-in lesson augmented-rnns', () => {
  const lesson = builtinLesson('augmented-rnns')!;
  const titles = (lang: 'es' | 'en') => lesson.slides.map((s) => localize(s.title, lang));

  it('validates and follows the seed lecture in order', () => {
    expect(lesson.slides[0]!.kind).toBe('title');
    const es = titles('es');
    const order = [
      'Temas',
      'Atención',
      'Neuronal vs neural',
      'Máquinas de Turing neurales',
      'Módulo de atención',
      'Interfaces con atención',
      'Tiempo de computación adaptativo',
      'Un paso',
      'Paridad',
      'Programador neural',
      'Referencias',
      'Licencia',
    ];
    const at = order.map((t) => es.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(es.at(-1)).toBe('Licencia');
    expect(titles('en').at(-1)).toBe('Licence');
  });

  it('names an existing module and preset on every simulation slide', () => {
    const sims = lesson.slides.filter((s): s is Extract<Slide, { kind: 'simulation' }> => s.kind === 'simulation');
    expect(sims.length).toBeGreaterThanOrEqual(8);
    for (const s of sims) expect(LESSON_MODULES[s.module]).toContain(s.preset);
    expect(sims.map((s) => s.module)).toEqual(expect.arrayContaining(['focus', 'ntm', 'attention', 'act', 'programmer']));
  });

  it('has every text in both languages where it is worded', () => {
    for (const s of lesson.slides) expect(localize(s.title, 'es')).not.toBe('');
    const refs = lesson.slides.find((s) => localize(s.title, 'en') === 'References');
    expect(JSON.stringify(refs)).toContain('10.23915/distill.00001');
    for (const cited of ['Graves, A., G. Wayne', 'Bahdanau', 'Chan, W.', 'Adaptive Computation Time', 'Neelakantan'])
      expect(JSON.stringify(refs)).toContain(cited);
  });
});

describe('validateLesson refuses bad lessons with the path and what is allowed', () => {
  it('accepts a minimal lesson', () => {
    expect(validateLesson(minimal()).slides).toHaveLength(1);
  });
  it('an unknown module', () => {
    const l = minimal();
    l.slides.push({ kind: 'simulation', title: 'S', module: 'lstm', preset: 'copy' });
    const e = refusal(l);
    expect(e.path).toBe('slides[1].module');
    expect(e.allowed).toContain('"ntm"');
  });
  it('a preset the module does not have', () => {
    const l = minimal();
    l.slides.push({ kind: 'simulation', title: 'S', module: 'ntm', preset: 'parity' });
    expect(refusal(l).path).toBe('slides[1].preset');
    expect(refusal(l).allowed).toContain('"lookup"');
  });
  it('an unknown field, with a suggestion one edit away', () => {
    const l = minimal();
    l.slides[0] = { kind: 'title', title: 'T', subtitel: 'x' };
    const e = refusal(l);
    expect(e.path).toBe('slides[0].subtitel');
    expect(e.message).toContain('did you mean "subtitle"?');
  });
  it('a text that is neither a string nor { es, en }', () => {
    const l = minimal();
    l.slides[0] = { kind: 'title', title: { es: 'Hola' } };
    expect(refusal(l).path).toBe('slides[0].title.en');
    l.slides[0] = { kind: 'title', title: 3 };
    expect(refusal(l).allowed).toContain('{ "es": string, "en": string }');
  });
  it('a bad kind, an agenda item out of range, a frame range backwards, a remote image', () => {
    expect(refusal({ ...minimal(), slides: [{ kind: 'video', title: 'x' }] }).path).toBe('slides[0].kind');
    expect(refusal({ ...minimal(), slides: [{ kind: 'agenda', title: 'T', items: ['a'], current: 1 }] }).path).toBe('slides[0].current');
    expect(refusal({ ...minimal(), slides: [{ kind: 'simulation', title: 'T', module: 'ntm', preset: 'copy', frames: { from: 4, to: 2 } }] }).path).toBe(
      'slides[0].frames.to',
    );
    expect(refusal({ ...minimal(), slides: [{ kind: 'text', title: 'T', image: 'https://x/y.png' }] }).path).toBe('slides[0].image');
    expect(refusal({ ...minimal(), kind: 'scenario' }).path).toBe('kind');
    expect(refusal({ ...minimal(), slides: [] }).path).toBe('slides');
    expect(refusal({ ...minimal(), slides: [{ kind: 'simulation', title: 'T', module: 'ntm', preset: 'copy', overrides: { beta: null } }] }).path).toBe(
      'slides[0].overrides.beta',
    );
  });
});
