import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { actPresets } from '#core/models/act/presets.ts';
import { runActScenario } from '#core/models/act/run.ts';
import { abbreviate, sumLines, actCaption, actNarration, subscript, superscript } from './act-narration.ts';

describe('ACT narration', () => {
  it('writes indices as Unicode super- and subscripts', () => {
    expect(superscript(12)).toBe('¹²');
    expect(subscript(30)).toBe('₃₀');
    expect(abbreviate(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toEqual(['a', 'b', '\\cdots', 'g']);
    expect(abbreviate(['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c', 'd']);
    expect(sumLines(['a', 'b', 'c'])).toEqual(['&= a + b', '&\\quad + c']);
  });
  it('gives every frame of every preset an equation KaTeX parses and a caption, in both languages', () => {
    for (const preset of actPresets) {
      const trace = runActScenario(preset.scenario);
      for (const frame of trace.frames) {
        for (const language of ['es', 'en'] as const) {
          const n = actNarration(frame, trace, language);
          expect(() => katex.renderToString(n.tex, { throwOnError: true })).not.toThrow();
          expect(n.caption.length).toBeGreaterThan(30);
          expect(n.caption).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });
  it('One step: the budget drains to 0.40, the halt shows R = 0.40 (not h⁴ = 0.50), the combination ρ = 4.40', () => {
    const trace = runActScenario(actPresets[0]!.scenario);
    const [p1, p2, p3, p4, combine] = trace.frames;
    expect(actNarration(p1!, trace, 'en').tex).toContain('0.10');
    expect(actNarration(p3!, trace, 'en').tex).toContain('= 0.40'); // 1 − Σh after h³
    expect(actNarration(p2!, trace, 'es').tex).toContain('0{,}40'); // Σh = 0,40 in Spanish
    const halt = actNarration(p4!, trace, 'en');
    expect(halt.tex).toContain('N &= 4');
    expect(halt.tex).toContain('R &= 1 - 0.60 = 0.40');
    expect(halt.caption).toContain('R = 0.40, not h = 0.50');
    const c = actNarration(combine!, trace, 'en');
    expect(c.tex).toContain('4 + 0.40 = 4.40');
    expect(c.tex).toContain('\\left[0.50,\\ 0.70,\\ 0.20\\right]');
    expect(actCaption(combine!, 'es')).toContain('ρ = N + R = 4,40');
  });
  it('the cap and the first-step halt get their own captions', () => {
    const cap = actPresets.find((p) => p.id === 'max-steps')!;
    const trace = runActScenario(cap.scenario);
    expect(actCaption(trace.frames[4]!, 'en')).toContain('maxSteps = 5');
    expect(actNarration(trace.frames[4]!, trace, 'en').tex).toContain('\\text{maxSteps} = 5');
    const first = runActScenario(actPresets.find((p) => p.id === 'halt-first')!.scenario);
    expect(actCaption(first.frames[0]!, 'en')).toContain('R = 1');
    // 0.995 is shown with three decimals: rounded to 1.00 it would hide that R = 1 is not h¹.
    expect(actCaption(first.frames[0]!, 'es')).toContain('h¹ = 0,995');
    expect(actNarration(first.frames[0]!, first, 'en').tex).toContain('0.995');
  });
  it('hand-set presets: the halting value is given by hand, never σ(W_h sⁿ + b_h) or a sigmoid unit, in both languages', () => {
    let given = 0;
    for (const preset of actPresets) {
      const trace = runActScenario(preset.scenario);
      for (const frame of trace.frames) {
        if (frame.data.kind !== 'ponder') continue;
        const en = actNarration(frame, trace, 'en');
        const es = actNarration(frame, trace, 'es');
        if (preset.scenario.source === 'given') {
          given++;
          expect(en.tex).not.toContain('\\sigma');
          expect(es.tex).not.toContain('\\sigma');
          expect(en.tex).toContain('given by hand');
          expect(es.tex).toContain('dado a mano');
          expect(en.caption).not.toMatch(/sigmoid|the cell/);
          expect(es.caption).not.toMatch(/sigmoide|la celda (lee|actualiza)/);
          if (!frame.data.halts) {
            expect(en.caption).toContain('given by hand');
            expect(es.caption).toContain('dado a mano');
          }
        } else {
          expect(en.tex).toContain('\\sigma');
        }
      }
    }
    expect(given).toBeGreaterThanOrEqual(3);
  });
});
