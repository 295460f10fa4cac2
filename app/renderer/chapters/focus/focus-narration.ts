/**
 * The focus narration (the lecture's "Definición", after Olah & Carter 2016): each stage's equation in KaTeX
 * with the frame's numbers substituted, and one caption sentence, in the UI language.
 */
import type { FocusFrameData } from '#core/models/attention/focus-scenario.ts';
import type { Frame } from '#core/trace/trace.ts';
import { format, formatNumber, messages, type Language } from '#app/shared/i18n/i18n.ts';
import type { Narration } from '../chapter.ts';
import { argmax, texNumber, texVector } from '../narration-format.ts';
import { focusPreset } from '#core/models/attention/presets.ts';

/** A focus frame. */
export type FocusFrame = Frame<'object' | 'mask' | 'product', FocusFrameData>;

/** Mean of an array (0 for an empty one). */
export function mean(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]!;
  return v.length ? s / v.length : 0;
}

/** The pixel index under the spot's centre (or the image's centre when there is no spot). */
export function centrePixel(d: FocusFrameData): number {
  const x = Math.min(d.width - 1, Math.floor((d.spot?.x ?? 0.5) * d.width));
  const y = Math.min(d.height - 1, Math.floor((d.spot?.y ?? 0.5) * d.height));
  return y * d.width + x;
}

/** The sentence preset's own words (core presets.ts), which the UI shows in its language (the dictionaries' `sentence`). */
const SENTENCE = focusPreset('sentence')?.scenario;
const SENTENCE_TOKENS = SENTENCE && SENTENCE.module === 'focus' && SENTENCE.kind === 'text' ? SENTENCE.tokens : [];

/**
 * A text frame's words as shown: the sentence preset's in the UI language (word for word, so each weight stays on
 * its word), any other text as written.
 */
export function shownTokens(d: FocusFrameData, language: Language): readonly string[] {
  const tokens = d.tokens ?? [];
  const preset = tokens.length === SENTENCE_TOKENS.length && tokens.every((t, i) => t === SENTENCE_TOKENS[i]);
  const words = messages(language).focus.sentence;
  return preset && words.length === tokens.length ? words : tokens;
}

/**
 * How much of the moon the mask keeps: the mean mask value over the object's bright pixels (x at least half the
 * brightest), in [0, 1]; 1 when the object has no bright pixel.
 */
export function brightKept(d: FocusFrameData): number {
  let max = 0;
  for (let i = 0; i < d.object.length; i++) max = Math.max(max, d.object[i]!);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < d.object.length; i++) {
    if (max > 0 && d.object[i]! >= 0.5 * max) {
      sum += d.mask[i]!;
      count++;
    }
  }
  return count ? sum / count : 1;
}

function vec(language: Language, v: ArrayLike<number>): string {
  return texVector(language, v);
}

/** The narration of one focus frame. */
export function focusNarration(frame: FocusFrame, language: Language): Narration {
  const d = frame.data;
  const msg = messages(language).focus;
  const n = (x: number) => texNumber(language, x);
  if (d.kind === 'text') {
    const top = argmax(d.product);
    const words = shownTokens(d, language);
    const word = words[top] ?? '';
    switch (frame.stage) {
      case 'object':
        return { tex: `x = ${vec(language, d.object)}`, caption: format(msg.captions.textObject, { count: d.width }) };
      case 'mask':
        return {
          tex: `a = ${vec(language, d.mask)}`,
          caption: format(msg.captions.textMask, {
            top: words[argmax(d.mask)] ?? '',
            weight: formatNumber(language, d.mask[argmax(d.mask)]!, 2),
          }),
        };
      default:
        return { tex: `x \\odot a = ${vec(language, d.product)}`, caption: format(msg.captions.textProduct, { top: word }) };
    }
  }
  const c = centrePixel(d);
  // The captions say the mask keeps the moon only while it does (a lecturer may move or paint it elsewhere).
  const onMoon = brightKept(d) >= 0.5;
  switch (frame.stage) {
    case 'object':
      return {
        tex: `x \\in [0, 1]^{${d.height} \\times ${d.width}}, \\quad \\bar{x} = ${n(mean(d.object))}`,
        caption: format(msg.captions.imageObject, { width: d.width, height: d.height }),
      };
    case 'mask': {
      const meanText = formatNumber(language, mean(d.mask), 2);
      const tex = d.spot
        ? // The spot's radius r and softness s as symbols, their values on the row under it (written in, the
          // equation was cut at 1366×768).
          `\\begin{aligned} m(p) &= \\begin{cases} 1 & d(p) \\le r \\\\ e^{-(d(p) - r)^2 / (2 s^2)} & d(p) > r \\end{cases} \\\\ r &= ${n(d.spot.radius)},\\ s = ${n(d.spot.softness)},\\ \\bar{m} = ${n(mean(d.mask))} \\end{aligned}`
        : `m \\in [0, 1]^{${d.height} \\times ${d.width}}, \\quad \\bar{m} = ${n(mean(d.mask))}`;
      return { tex, caption: format(onMoon ? msg.captions.imageMask : msg.captions.imageMaskOff, { mean: meanText }) };
    }
    default: {
      let sx = 0;
      let sp = 0;
      for (let i = 0; i < d.object.length; i++) {
        sx += d.object[i]!;
        sp += d.product[i]!;
      }
      const tex = `\\begin{aligned} (x \\odot m)_p &= x_p\\, m_p \\\\ &= ${n(d.object[c]!)} \\cdot ${n(d.mask[c]!)} = ${n(d.product[c]!)} \\\\ \\textstyle\\sum_p (x \\odot m)_p &= ${texNumber(language, sp, 1)} \\\\ \\textstyle\\sum_p x_p &= ${texNumber(language, sx, 1)} \\end{aligned}`;
      return { tex, caption: onMoon ? msg.captions.imageProduct : msg.captions.imageProductOff };
    }
  }
}
