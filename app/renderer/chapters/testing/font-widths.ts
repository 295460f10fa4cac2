/**
 * Text widths for tests of label layout, from the font the labels are drawn in (DejaVu Sans, text-sprite.ts):
 * the advance widths of a TrueType file's `hmtx` table, looked up through its `cmap` (format 4). Kerning is left
 * out (it only narrows text), so a width here is what the canvas measures, or a hair more.
 */
import { readFileSync } from 'node:fs';

/** Width in px of `text` at `fontPx`, bold or not. */
export type MeasureText = (text: string, fontPx: number, bold: boolean) => number;

function advances(path: string): (code: number) => number {
  const b = readFileSync(path);
  const u16 = (o: number) => b.readUInt16BE(o);
  const tables = new Map<string, number>();
  for (let i = 0; i < u16(4); i++) tables.set(b.toString('latin1', 12 + 16 * i, 16 + 16 * i), b.readUInt32BE(20 + 16 * i));
  const unitsPerEm = u16(tables.get('head')! + 18);
  const metrics = u16(tables.get('hhea')! + 34);
  const hmtx = tables.get('hmtx')!;
  const cmap = tables.get('cmap')!;
  let sub = -1;
  for (let i = 0; i < u16(cmap + 2); i++) {
    const [platform, encoding, offset] = [u16(cmap + 4 + 8 * i), u16(cmap + 6 + 8 * i), b.readUInt32BE(cmap + 8 + 8 * i)];
    if (u16(cmap + offset) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) sub = cmap + offset;
  }
  const segs = u16(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  const glyph = (code: number): number => {
    for (let s = 0; s < segs; s++) {
      if (code > u16(ends + 2 * s)) continue;
      if (code < u16(starts + 2 * s)) return 0;
      const range = u16(ranges + 2 * s);
      const delta = u16(deltas + 2 * s);
      if (range === 0) return (code + delta) & 0xffff;
      const g = u16(ranges + 2 * s + range + 2 * (code - u16(starts + 2 * s)));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  return (code) => u16(hmtx + 4 * Math.min(glyph(code), metrics - 1)) / unitsPerEm;
}

const FONTS = '/usr/share/fonts/truetype/dejavu/';
const regular = advances(`${FONTS}DejaVuSans.ttf`);
const bold = advances(`${FONTS}DejaVuSans-Bold.ttf`);

/** The width of `text` in DejaVu Sans (Bold when `isBold`) at `fontPx`. */
export const measureDejaVu: MeasureText = (text, fontPx, isBold) => {
  const em = isBold ? bold : regular;
  let w = 0;
  for (const ch of text) w += em(ch.codePointAt(0)!);
  return w * fontPx;
};
