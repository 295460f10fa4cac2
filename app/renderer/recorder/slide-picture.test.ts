import { describe, expect, it } from 'vitest';
import { builtinLesson } from '#core/lesson/builtin.ts';
import { plainTex, slideLines } from './slide-picture.ts';
import { stillFrames } from './lesson-render.ts';

const lesson = builtinLesson('augmented-rnns')!;

describe('a slide as picture lines', () => {
  it('draws the title page: title, subtitle, author', () => {
    const lines = slideLines(lesson.slides[0]!, 'en');
    expect(lines.map((l) => l.color)).toEqual(['accent', 'text', 'dim']);
    expect(lines[0]!.text).toBe('Attention and augmented recurrent neural networks');
  });
  it('highlights the agenda’s current item and numbers the items', () => {
    const i = lesson.slides.findIndex((s) => s.kind === 'agenda' && s.current !== undefined);
    const slide = lesson.slides[i]!;
    if (slide.kind !== 'agenda') throw new Error('no agenda');
    const lines = slideLines(slide, 'es').slice(1);
    expect(lines).toHaveLength(slide.items.length);
    expect(lines.filter((l) => l.color === 'text')).toHaveLength(1);
    expect(lines[slide.current!]!.color).toBe('text');
    expect(lines[0]!.text.startsWith('1. ')).toBe(true);
  });
  it('draws a text slide’s heading, bullets and equations as text', () => {
    const slide = lesson.slides[2]!;
    const lines = slideLines(slide, 'es');
    expect(lines[0]).toMatchObject({ text: 'Atención', color: 'accent' });
    expect(lines.some((l) => l.text.startsWith('• '))).toBe(true);
    expect(lines.some((l) => l.text === 'y = a ⊙ x')).toBe(true);
    expect(lines.find((l) => l.text === 'y = a ⊙ x')?.tex).toMatch(/\\odot/); // kept for KaTeX (tex-image.ts)
  });
  it('writes TeX as plain text', () => {
    expect(plainTex('\\alpha_{t} = \\text{softmax}(e_t)')).toBe('α_t = softmax(e_t)');
    expect(plainTex('r_t \\leftarrow \\sum_i w_t(i) M_t(i)')).toBe('r_t ← Σ_i w_t(i) M_t(i)');
    expect(plainTex('\\frac{a}{b}')).toBe('(a)/(b)');
  });
  it('holds a text slide for seconds × fps frames', () => {
    expect(stillFrames(4, 30)).toBe(120);
    expect(stillFrames(0.01, 24)).toBe(1);
  });
});

describe('plainTex on a narration equation', () => {
  it('drops environments and alignment, keeps line breaks as separators', () => {
    expect(plainTex('\\begin{aligned} M_t &\\leftarrow \\tilde{M}_t \\\\ &= [0.31,\\ 0.35] \\end{aligned}')).toBe('M_t ← M_t ; = [0.31, 0.35]');
  });
});
