/**
 * A lesson's title, agenda and text slides drawn as a picture for `atenea render <lesson>` (README "Giving a
 * lecture"): canvas text at the export size, in the picture's theme (title, subtitle and author; the agenda with
 * its current item; heading, bullets, quote, references, equations typeset by KaTeX (tex-image.ts; their plain
 * text where that fails); a text slide's image in
 * the room left below its text, scaled to fit), and, with
 * `--narration`, a simulation slide's title and caption drawn over its frames.
 */
import { localize, type Bullet, type LessonLanguage, type LocalText, type Slide } from '#core/lesson/lesson.ts';
import type { PixelData } from '../scene/view.ts';
import type { Theme } from '../scene/theme.ts';
import { texImage } from './tex-image.ts';

/** One line of the picture: its text, size (a fraction of the height), colour and indent. */
export interface PictureLine {
  readonly text: string;
  readonly size: number;
  readonly color: 'accent' | 'text' | 'dim';
  readonly indent?: number;
  readonly italic?: boolean;
  /** The TeX this line is the plain text of: drawn typeset by KaTeX where that works. */
  readonly tex?: string;
}

const t = (text: LocalText, language: LessonLanguage) => localize(text, language);

const SYMBOLS: Readonly<Record<string, string>> = {
  odot: '⊙',
  sum: 'Σ',
  prod: 'Π',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  cdot: '·',
  times: '×',
  leftarrow: '←',
  rightarrow: '→',
  gets: '←',
  to: '→',
  tilde: '',
  hat: '',
  bar: '',
  vec: '',
  overline: '',
  mathcal: '',
  mathbb: '',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  approx: '≈',
  in: '∈',
  infty: '∞',
  circledast: '⊛',
  top: 'ᵀ',
  ldots: '…',
  dots: '…',
};

/** A KaTeX source as plain text for canvas (Greek letters and operators as Unicode, groups unwrapped). */
export function plainTex(tex: string): string {
  return tex
    .replace(/\\(?:begin|end)\{[^{}]*\}/g, '')
    .replace(/\\\\(?:\[[^\]]*\])?/g, ' ; ')
    .replace(/&/g, '')
    .replace(/\\ /g, ' ')
    .replace(/\\(?:text|mathrm|mathbf|operatorname|boldsymbol)\{([^{}]*)\}/g, '$1')
    .replace(/\\(?:left|right|displaystyle)(?![A-Za-z])/g, '')
    .replace(/\\(?:,|;|quad|qquad|!)/g, ' ')
    .replace(/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)')
    .replace(/\\([A-Za-z]+)/g, (_m, name: string) => SYMBOLS[name] ?? name)
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const bulletText = (b: Bullet, language: LessonLanguage): { text: string; sub: string[] } =>
  typeof b === 'object' && 'sub' in b ? { text: t(b.text, language), sub: b.sub.map((s) => t(s, language)) } : { text: t(b, language), sub: [] };

/** The lines a non-simulation slide is drawn as, in order (pure: tested without a canvas). */
export function slideLines(slide: Slide, language: LessonLanguage): PictureLine[] {
  const title = t(slide.title, language);
  switch (slide.kind) {
    case 'title':
      return [
        { text: title, size: 0.075, color: 'accent' },
        ...(slide.subtitle ? [{ text: t(slide.subtitle, language), size: 0.042, color: 'text' as const }] : []),
        ...(slide.author ? [{ text: t(slide.author, language), size: 0.036, color: 'dim' as const }] : []),
      ];
    case 'agenda':
      return [
        { text: title, size: 0.065, color: 'accent' },
        ...slide.items.map((item, i) => ({
          text: `${i + 1}. ${t(item, language)}`,
          size: 0.042,
          color: i === slide.current ? ('text' as const) : ('dim' as const),
          indent: 1,
        })),
      ];
    case 'text': {
      const lines: PictureLine[] = [{ text: title, size: 0.065, color: 'accent' }];
      for (const b of slide.bullets ?? []) {
        const { text, sub } = bulletText(b, language);
        lines.push({ text: `• ${text}`, size: 0.04, color: 'text', indent: 1 });
        for (const s of sub) lines.push({ text: `– ${s}`, size: 0.034, color: 'dim', indent: 2 });
      }
      for (const e of slide.equations ?? []) lines.push({ text: plainTex(t(e, language)), tex: t(e, language), size: 0.034, color: 'text', indent: 1 });
      if (slide.quote) {
        lines.push({ text: `“${t(slide.quote.text, language)}”`, size: 0.038, color: 'text', indent: 1, italic: true });
        const by = [slide.quote.attribution ? t(slide.quote.attribution, language) : '', slide.quote.source ?? ''].filter(Boolean).join(' · ');
        if (by) lines.push({ text: by, size: 0.03, color: 'dim', indent: 1 });
      }
      for (const r of slide.references ?? []) lines.push({ text: t(r, language), size: 0.028, color: 'dim', indent: 1 });
      return lines;
    }
    case 'simulation':
      return [
        { text: title, size: 0.05, color: 'accent' },
        ...(slide.caption ? [{ text: t(slide.caption, language), size: 0.036, color: 'text' as const }] : []),
      ];
  }
}

function wrap(ctx: OffscreenCanvasRenderingContext2D, text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      out.push(line);
      line = word;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}

const colorsOf = (theme: Theme) => ({ accent: theme.accent, text: theme.text, dim: theme.dimText });
const pxOf = (l: PictureLine, height: number) => Math.max(10, Math.round(l.size * height));

/** The lines' equations typeset by KaTeX (those that fail are left out: drawn as their plain text). */
async function typesetLines(lines: readonly PictureLine[], theme: Theme, height: number): Promise<Map<PictureLine, SlideImage>> {
  const math = new Map<PictureLine, SlideImage>();
  await Promise.all(
    lines.map(async (l) => {
      const image = l.tex ? await texImage(l.tex, pxOf(l, height), colorsOf(theme)[l.color]) : null;
      if (image) math.set(l, image);
    }),
  );
  return math;
}

function drawLines(
  ctx: OffscreenCanvasRenderingContext2D,
  lines: readonly PictureLine[],
  theme: Theme,
  size: { readonly width: number; readonly height: number },
  top: number,
  centred: boolean,
  math: ReadonlyMap<PictureLine, SlideImage>,
): number {
  const { width, height } = size;
  const colors = colorsOf(theme);
  const margin = width * 0.07;
  let y = top;
  ctx.textBaseline = 'top';
  ctx.textAlign = centred ? 'center' : 'left';
  for (const l of lines) {
    const px = pxOf(l, height);
    const typeset = math.get(l);
    const left = margin + (l.indent ?? 0) * px * 0.8;
    // A typeset equation is shrunk to the line's width; one taller than the room left is drawn as its plain text.
    const scale = typeset ? Math.min(1, (width - margin - left) / typeset.width) : 0;
    if (typeset && y + typeset.height * scale <= height) {
      ctx.drawImage(typeset, left, y, typeset.width * scale, typeset.height * scale);
      y += typeset.height * scale + px * 0.35;
      continue;
    }
    ctx.font = `${l.italic ? 'italic ' : ''}${l.color === 'accent' ? '700' : '400'} ${px}px sans-serif`;
    ctx.fillStyle = colors[l.color];
    const x = centred ? width / 2 : left;
    for (const row of wrap(ctx, l.text, width - margin - x + (centred ? x - margin : 0))) {
      if (y + px > height) return y; // what does not fit is left out, never shrunk
      ctx.fillText(row, x, y);
      y += px * 1.3;
    }
    y += px * 0.35;
  }
  return y;
}

/** Draws `image` as large as fits in the band from `top` to the bottom margin, centred, keeping its proportions. */
function drawImageBelow(ctx: OffscreenCanvasRenderingContext2D, image: SlideImage, width: number, height: number, top: number): void {
  const margin = height * 0.05;
  const room = { width: width * 0.86, height: height - margin - top };
  if (room.height < height * 0.08 || image.width <= 0 || image.height <= 0) return; // no room left: the text comes first
  const scale = Math.min(room.width / image.width, room.height / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.drawImage(image, (width - w) / 2, top + (room.height - h) / 2, w, h);
}

function pixelsOf(canvas: OffscreenCanvas, ctx: OffscreenCanvasRenderingContext2D): PixelData {
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  return { width: canvas.width, height: canvas.height, data: new Uint8Array(image.data.buffer) };
}

/** A loaded picture (an image element or bitmap) with its natural size. */
export type SlideImage = CanvasImageSource & { readonly width: number; readonly height: number };

/**
 * A text, title or agenda slide as a picture of `size` in `theme` (with `image`, a text slide's image, below its
 * text; its equations typeset by KaTeX).
 */
export async function drawSlidePicture(
  slide: Slide,
  language: LessonLanguage,
  theme: Theme,
  size: { width: number; height: number },
  image?: SlideImage,
): Promise<PixelData> {
  const lines = slideLines(slide, language);
  const math = await typesetLines(lines, theme, size.height);
  const canvas = new OffscreenCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, size.width, size.height);
  const centred = slide.kind === 'title';
  const bottom = drawLines(ctx, lines, theme, size, size.height * (centred ? 0.3 : 0.08), centred, math);
  if (image) drawImageBelow(ctx, image, size.width, size.height, bottom);
  return pixelsOf(canvas, ctx);
}

/**
 * A simulation frame with the slide's title and caption, and the frame's narration (its equation typeset by
 * KaTeX, or as plain text where that fails, and its sentence), drawn over its top (`--narration`).
 */
export async function overlayCaption(
  frame: PixelData,
  slide: Slide,
  language: LessonLanguage,
  theme: Theme,
  narration?: { readonly tex: string; readonly caption: string },
): Promise<PixelData> {
  const lines: PictureLine[] = [
    ...slideLines(slide, language),
    ...(narration
      ? [
          { text: plainTex(narration.tex), tex: narration.tex, size: 0.032, color: 'text' as const },
          { text: narration.caption, size: 0.03, color: 'dim' as const },
        ]
      : []),
  ];
  const band = frame.height * (narration ? 0.3 : 0.17);
  const math = await typesetLines(lines, theme, band);
  const canvas = new OffscreenCanvas(frame.width, frame.height);
  const ctx = canvas.getContext('2d')!;
  ctx.putImageData(new ImageData(new Uint8ClampedArray(frame.data), frame.width, frame.height), 0, 0);
  ctx.globalAlpha = 0.78;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, frame.width, band);
  ctx.globalAlpha = 1;
  drawLines(ctx, lines, theme, { width: frame.width, height: band }, frame.height * 0.02, false, math);
  return pixelsOf(canvas, ctx);
}
