import { describe, expect, it } from 'vitest';
import { ntmChapter } from './index.ts';
import { scenarioFor } from './ntm-params.ts';
import { applyNtmStepParameter, ntmEditName, ntmParametersAt } from './ntm-step-params.ts';

const copy = () => ntmChapter.presetParameters('copy');
const betas = (p: ReturnType<typeof copy>) => scenarioFor('copy', p).steps.map((s) => s.beta);

describe('NTM per-step parameters (copy task)', () => {
  it('show the values of the step on screen, not those of step 1', () => {
    const p = copy();
    const all = betas(p);
    const t = all.findIndex((b) => b !== all[0]);
    expect(t, 'the copy task has steps with another β than the first').toBeGreaterThan(0);
    expect(ntmParametersAt('copy', p, 0).beta).toBe(all[0]);
    expect(ntmParametersAt('copy', p, t).beta).toBe(all[t]);
  });

  it('an edit changes the step on screen only, by default', () => {
    const p = copy();
    const before = betas(p);
    const name = ntmEditName('beta', p, 'copy', 3);
    expect(name).toBe('beta@3');
    const r = applyNtmStepParameter('copy', name, 7.5, p);
    if (!('parameters' in r)) throw new Error(r.problem.problem);
    const after = betas(r.parameters);
    expect(after[3]).toBe(7.5);
    expect(after.filter((_, t) => t !== 3)).toEqual(before.filter((_, t) => t !== 3));
    expect(ntmParametersAt('copy', r.parameters, 3).beta).toBe(7.5);
  });

  it('"all steps" is an explicit choice: then the edit sets every step and replaces the per-step edits', () => {
    const p = copy();
    const one = applyNtmStepParameter('copy', 'beta@3', 7.5, p);
    if (!('parameters' in one)) throw new Error(one.problem.problem);
    const scoped = applyNtmStepParameter('copy', 'scope', 'all', one.parameters);
    if (!('parameters' in scoped)) throw new Error(scoped.problem.problem);
    const name = ntmEditName('beta', scoped.parameters, 'copy', 3);
    expect(name).toBe('beta');
    const r = applyNtmStepParameter('copy', name, 42, scoped.parameters);
    if (!('parameters' in r)) throw new Error(r.problem.problem);
    expect(new Set(betas(r.parameters))).toEqual(new Set([42]));
    expect(Object.keys(r.parameters).filter((k) => k.includes('@'))).toEqual([]);
  });

  it('a value every step shares is one value: its edit sets every step (the lookup preset)', () => {
    const p = ntmChapter.presetParameters('lookup');
    expect(ntmEditName('gamma', p, 'lookup', 0)).toBe('gamma');
  });

  it('refuses a bad per-step value under the field name, and a step past the end', () => {
    const p = copy();
    const bad = applyNtmStepParameter('copy', 'beta@2', -1, p);
    expect('problem' in bad && bad.problem.path).toMatch(/beta/);
    const past = applyNtmStepParameter('copy', `beta@${p.steps as number}`, 1, p, 'es');
    expect('problem' in past && past.problem.problem).toBe(`no hay paso ${(p.steps as number) + 1}`);
    expect(applyNtmStepParameter('copy', 'scope', 'some', p)).toHaveProperty('problem');
  });
});

describe('NTM per-step parameters during a preset switch', () => {
  it('one preset with the other’s parameters (the store mid-switch) gives them back instead of throwing', () => {
    const trained = ntmChapter.presetParameters('copy-trained');
    const lookup = ntmChapter.presetParameters('lookup');
    expect(() => scenarioFor('copy-trained', lookup)).toThrow(/input/);
    expect(ntmParametersAt('copy-trained', lookup, 0)).toBe(lookup);
    expect(ntmParametersAt('lookup', trained, 0)).toBe(trained);
    expect(ntmParametersAt('copy-trained', trained, 3)).toBe(trained);
  });
});
