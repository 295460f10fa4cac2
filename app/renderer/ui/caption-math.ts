/**
 * Captions with inline math: a caption's `$…$` segments are TeX (c_t = Σ_j α_j h_j, α_col), typeset with
 * KaTeX in the DOM (`katex.render`, which styles through the CSSOM and so works under the strict CSP); the
 * rest is plain text. A caption without `$` is plain text as it stands.
 */
import katex from 'katex';

/** One piece of a caption: words, or TeX to typeset inline. */
export interface CaptionPart {
  readonly math: boolean;
  readonly text: string;
}

/** Splits a caption at its `$…$` segments (an unpaired `$` stays in the words). */
export function captionParts(caption: string): CaptionPart[] {
  const parts: CaptionPart[] = [];
  const re = /\$([^$]+)\$/g;
  let at = 0;
  for (let m = re.exec(caption); m; m = re.exec(caption)) {
    if (m.index > at) parts.push({ math: false, text: caption.slice(at, m.index) });
    parts.push({ math: true, text: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < caption.length) parts.push({ math: false, text: caption.slice(at) });
  return parts;
}

/** The caption as plain words (the TeX kept as written), for places that cannot typeset. */
export function plainCaption(caption: string): string {
  return captionParts(caption)
    .map((p) => p.text)
    .join('');
}

/** Fills `el` with the caption: text nodes for words, KaTeX-rendered spans for its math. */
export function renderCaption(el: HTMLElement, caption: string): void {
  const nodes = captionParts(caption).map((part) => {
    if (!part.math) return document.createTextNode(part.text);
    const span = document.createElement('span');
    span.className = 'caption-math';
    try {
      katex.render(part.text, span, { displayMode: false, throwOnError: false, output: 'htmlAndMathml' });
    } catch {
      span.textContent = part.text;
    }
    return span;
  });
  el.replaceChildren(...nodes);
}
