/**
 * The text layout of a 3D label: a label's text may carry TeX-like subscripts (`w_c`, `rs_t`, `α_{17j}`,
 * `rs_(t−1)`), which the sprite draws as a smaller, lowered run instead of a raw underscore. Pure (the width of a
 * run comes from the `measure` function given), so the layout is tested without a canvas.
 */

/** One run of a label: plain text, or a subscript. */
export interface TextRun {
  readonly text: string;
  readonly sub: boolean;
}

/** A subscript's size relative to the label's font, and how far its centre drops (in the label's font size). */
export const SUB_SCALE = 0.68;
export const SUB_DROP = 0.28;

const WORD = /[\p{L}\p{N}′']/u;

/** The end (exclusive) of the bracketed group that opens at `open` (`{…}` or `(…)`), or -1 when it never closes. */
function groupEnd(text: string, open: number): number {
  const [o, c] = text[open] === '{' ? ['{', '}'] : ['(', ')'];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Splits a label into plain runs and subscripts: `_x…` takes the run of letters and digits after it (`w_prev`,
 * `α_17j`), `_{…}` the braces' content (`rs_{t−1}`), `_(…)` the group with its parentheses. An underscore that
 * starts none of these (at the end, before a space) stays as it is.
 */
export function labelRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let plain = '';
  const flush = () => {
    if (plain) runs.push({ text: plain, sub: false });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1] ?? '';
    if (ch === '_' && (next === '{' || next === '(')) {
      const end = groupEnd(text, i + 1);
      if (end > 0) {
        flush();
        runs.push({ text: next === '{' ? text.slice(i + 2, end - 1) : text.slice(i + 1, end), sub: true });
        i = end;
        continue;
      }
    }
    if (ch === '_' && WORD.test(next)) {
      let end = i + 1;
      while (end < text.length && WORD.test(text[end]!)) end++;
      flush();
      runs.push({ text: text.slice(i + 1, end), sub: true });
      i = end;
      continue;
    }
    plain += ch;
    i++;
  }
  flush();
  return runs;
}

/** A run placed on the label: its left x and font size in px (the label's font size `fontPx` for plain text). */
export interface PlacedRun extends TextRun {
  readonly x: number;
  readonly fontPx: number;
  /** Vertical offset of the run's centre line from the label's (px, downward). */
  readonly dy: number;
}

/** The runs of `text` placed left to right at font size `fontPx`, and the total width (px). */
export function layoutLabel(text: string, fontPx: number, measure: (run: string, fontPx: number) => number): { runs: PlacedRun[]; width: number } {
  let x = 0;
  const runs = labelRuns(text).map((r) => {
    const size = r.sub ? fontPx * SUB_SCALE : fontPx;
    const placed: PlacedRun = { ...r, x, fontPx: size, dy: r.sub ? fontPx * SUB_DROP : 0 };
    x += measure(r.text, size);
    return placed;
  });
  return { runs, width: x };
}

/** The font size labels are drawn at on their canvas (px); a sprite scales the canvas to its world height. */
export const LABEL_FONT_PX = 96;

/**
 * The canvas of a label whose runs are `textWidth` px wide at {@link LABEL_FONT_PX}: padded, and taller with a
 * background panel. `fontShare` is the font size over the sprite's height (what a world height means on screen).
 */
export function labelCanvas(textWidth: number, background: boolean): { width: number; height: number; pad: number; fontShare: number } {
  const pad = background ? LABEL_FONT_PX * 0.3 : LABEL_FONT_PX * 0.08;
  const height = Math.ceil(LABEL_FONT_PX * 1.3 + (background ? LABEL_FONT_PX * 0.2 : 0));
  return { width: Math.max(4, Math.ceil(textWidth + 2 * pad)), height, pad, fontShare: LABEL_FONT_PX / height };
}
