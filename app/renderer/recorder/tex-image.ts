/**
 * KaTeX → image, so a rendered lesson keeps its math (README "Giving a lecture"): the TeX typeset by KaTeX as
 * HTML (MathML off), wrapped in an SVG `<foreignObject>` that carries KaTeX's CSS with its woff2 fonts embedded as
 * data: URLs (the app serves the fonts; each is read once and cached), decoded as an image and rasterised onto a
 * canvas that is read back once to prove it is not tainted. Where that fails the caller draws its plain text.
 */
import katex from 'katex';
import katexCss from 'katex/dist/katex.min.css?raw';

/** The fonts KaTeX's CSS names, as the URLs the app serves them at (file name → URL). */
const FONT_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob('../../../node_modules/katex/dist/fonts/*.woff2', { query: '?url', import: 'default', eager: true })).map(([path, url]) => [
    path.slice(path.lastIndexOf('/') + 1),
    url as string,
  ]),
);

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('font unreadable'));
    reader.readAsDataURL(blob);
  });

let embeddedCss: Promise<string> | undefined;

/** KaTeX's CSS with each @font-face's sources replaced by its woff2 as a data: URL (read once, cached). */
function katexCssWithFonts(): Promise<string> {
  embeddedCss ??= (async () => {
    if (Object.keys(FONT_URLS).length === 0) throw new Error('the build carries no KaTeX fonts');
    const fonts = new Map<string, string>();
    await Promise.all(
      Object.entries(FONT_URLS).map(async ([file, url]) => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`KaTeX font ${file}: HTTP ${response.status}`);
        fonts.set(file, await dataUrl(new Blob([await response.arrayBuffer()], { type: 'font/woff2' })));
      }),
    );
    return katexCss.replace(/src:url\(fonts\/(KaTeX_[\w-]+\.woff2)\)[^;}]*/g, (whole, file: string) =>
      fonts.has(file) ? `src:url(${fonts.get(file)}) format("woff2")` : whole,
    );
  })();
  embeddedCss.catch(() => (embeddedCss = undefined));
  return embeddedCss;
}

/** A typeset equation rasterised at its natural size (CSS pixels = canvas pixels). */
export type TexImage = OffscreenCanvas;

/** Typeset equations by size, colour and source; the oldest is dropped past `CACHE_SIZE` (narration changes per step). */
const cache = new Map<string, Promise<TexImage | null>>();
const CACHE_SIZE = 64;

/** The size `html` takes in this document (KaTeX's CSS is the app's), rounded up. */
async function measure(html: string, px: number): Promise<{ width: number; height: number }> {
  const probe = document.createElement('div');
  probe.style.cssText = `position:fixed;left:-10000px;top:0;font-size:${px}px;white-space:nowrap;display:inline-block`;
  probe.innerHTML = html;
  document.body.append(probe);
  try {
    await document.fonts.ready;
    const box = probe.getBoundingClientRect();
    return { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  } finally {
    probe.remove();
  }
}

/** The box of `pixels` that is not transparent, or null when all of it is. */
function inkBox({ width, height, data }: ImageData): { x: number; y: number; width: number; height: number } | null {
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (data[(y * width + x) * 4 + 3]! > 0) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  return x1 < 0 ? null : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

async function typeset(tex: string, px: number, color: string): Promise<TexImage> {
  // \displaystyle: fractions and sums at full size, as on a slide; inline (not display) mode, so no centring.
  const html = katex.renderToString(`\\displaystyle ${tex}`, { displayMode: false, throwOnError: false, output: 'html' });
  const [css, box] = await Promise.all([katexCssWithFonts(), measure(html, px)]);
  // Generous room (the document's line box misses a display fraction's denominator and glyph overhangs), cropped
  // to the ink below.
  const [width, height] = [Math.ceil(box.width * 1.2) + 2 * px, Math.max(box.height, 4 * px) + 4 * px];
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" ` +
    `style="font-size:${px}px;color:${color};white-space:nowrap;padding:${px}px">` +
    `<style>${css}</style>${html}</div></foreignObject></svg>`;
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const full = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true })!;
  full.drawImage(image, 0, 0);
  const ink = inkBox(full.getImageData(0, 0, width, height)); // throws (SecurityError) where the image tainted the canvas
  if (!ink) throw new Error('the typeset equation came out empty');
  const pad = Math.ceil(px * 0.1);
  const canvas = new OffscreenCanvas(ink.width + 2 * pad, ink.height + 2 * pad);
  canvas.getContext('2d')!.drawImage(full.canvas, ink.x, ink.y, ink.width, ink.height, pad, pad, ink.width, ink.height);
  return canvas;
}

/**
 * `tex` typeset by KaTeX at `px` pixels per em in `color`, as a readable canvas; null (with one console line)
 * where the image does not decode or would taint the picture, so the caller draws the plain text instead.
 */
export function texImage(tex: string, px: number, color: string): Promise<TexImage | null> {
  const key = `${px}|${color}|${tex}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = typeset(tex, px, color).catch((error: unknown) => {
      console.warn(`render: equation drawn as plain text (KaTeX image failed: ${error instanceof Error ? error.message : String(error)}): ${tex}`);
      return null;
    });
    cache.set(key, entry);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return entry;
}
