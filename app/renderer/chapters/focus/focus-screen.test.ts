/**
 * The focus chapter as the class sees it at 1920×1080 (a 1400×911 px view): on every frame of every preset, in
 * both languages, no two labels overlap and every label's type is at least 22 px; at 1024×768 too, every label
 * stays inside the view.
 */
import { describe, expect, it } from 'vitest';
import { chapterFor } from '../registry.ts';
import { overlaps, sceneLabels } from '../testing/scene-labels.ts';

const chapter = chapterFor('focus');

describe('focus labels on a 1920×1080 screen', () => {
  for (const language of ['es', 'en'] as const) {
    it(`${language}: no overlaps, type ≥ 22 px`, async () => {
      for (const { id } of chapter.presets) {
        for (const { frame, labels } of await sceneLabels(chapter, id, { language, view: { width: 1400, height: 911 } })) {
          const where = `${id} frame ${frame}`;
          for (const l of labels) expect(l.fontPx, `${where}: "${l.text}"`).toBeGreaterThanOrEqual(22);
          for (let a = 0; a < labels.length; a++)
            for (let b = a + 1; b < labels.length; b++)
              expect(overlaps(labels[a]!.box, labels[b]!.box), `${where}: "${labels[a]!.text}" × "${labels[b]!.text}"`).toBe(false);
        }
      }
    }, 120_000);
    it(`${language}: every label inside the view at 1920×1080 and 1024×768 (the spot's numbers ran off the right edge)`, async () => {
      for (const view of [
        { width: 1400, height: 911 },
        { width: 635, height: 594 },
      ]) {
        for (const { id } of chapter.presets) {
          for (const { frame, labels } of await sceneLabels(chapter, id, { language, view })) {
            for (const l of labels) {
              const where = `${id} frame ${frame} at ${view.width}×${view.height}: "${l.text}"`;
              expect(Math.min(l.box.x0, l.box.y0), where).toBeGreaterThanOrEqual(0);
              expect(l.box.x1, where).toBeLessThanOrEqual(view.width);
              expect(l.box.y1, where).toBeLessThanOrEqual(view.height);
            }
          }
        }
      }
    }, 120_000);
  }
});
