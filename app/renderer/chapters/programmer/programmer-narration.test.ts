import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { findFrame, frameAt } from '#core/testing/frames.ts';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import { runProgrammerScenario } from '#core/models/programmer/trace.ts';
import { messages } from '#app/shared/i18n/i18n.ts';
import { programmerChapter } from './index.ts';
import { texNumber } from '../narration-format.ts';
import { programmerNarration, shortNumber } from './programmer-narration.ts';

describe('Neural Programmer narration', () => {
  it('writes numbers for TeX and captions in the UI language', () => {
    expect(texNumber('es', 12.6178)).toBe('12{,}62');
    expect(shortNumber('es', 33)).toBe('33');
    expect(shortNumber('es', 0.25)).toBe('0,25');
  });

  it('gives every frame of every preset an equation KaTeX parses and a caption, in both languages', () => {
    for (const preset of PROGRAMMER_PRESETS) {
      const trace = runProgrammerScenario(preset.scenario);
      for (const frame of trace.frames) {
        for (const language of ['es', 'en'] as const) {
          const n = programmerNarration(frame, trace, language);
          expect(() => katex.renderToString(n.tex, { throwOnError: true }), `${preset.id} ${frame.stage} ${language}: ${n.tex}`).not.toThrow();
          expect(n.caption.length).toBeGreaterThan(20);
          expect(programmerChapter.stageLabel(frame.stage, messages(language))).not.toBe('');
        }
      }
    }
  });

  it('substitutes the numbers: the answers 4 and 33 at the last mix, the soft 12.62 beside the hard 4', () => {
    const answer = (id: string, language: 'es' | 'en') => {
      const trace = runProgrammerScenario(PROGRAMMER_PRESETS.find((p) => p.id === id)!.scenario);
      return programmerNarration(frameAt(trace, -1), trace, language);
    };
    expect(answer('count-greater', 'en').caption).toContain('gives 4.');
    expect(answer('count-greater', 'en').tex).toContain('= 4.00');
    expect(answer('sum-lesser', 'es').caption).toContain('da 33.');
    const soft = answer('soft', 'es');
    expect(soft.tex).toContain('12{,}62');
    expect(soft.caption).toContain('12,62');
    const trace = runProgrammerScenario(PROGRAMMER_PRESETS[0]!.scenario);
    const count = programmerNarration(
      findFrame(trace, (f) => f.step === 1 && f.stage === 'count'),
      trace,
      'en',
    );
    expect(count.tex).toContain('1 + 0 + 1');
    expect(count.caption).toContain('4 rows');
    expect(count.note).toBe('Question: How many rows have X > 10?');
  });
});
