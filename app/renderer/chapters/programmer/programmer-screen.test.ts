/**
 * The Neural Programmer as the class sees it at 1920×1080 (the 3D view is then 1400×911 px beside the side
 * panel): on every frame of every preset, in both languages, no two labels overlap (the stage title used to run
 * into the question), every label's type is at least 22 px tall (the row selectors' numbers were ~16 px), and the
 * answer cards' lines stay inside their cards (the hard card's title touched its right edge).
 */
import { describe, expect, it } from 'vitest';
import { chapterFor } from '../registry.ts';
import { overlaps, sceneLabels } from '../testing/scene-labels.ts';
import { programmerLayout } from './programmer-layout.ts';
import { PROGRAMMER_PRESETS } from '#core/models/programmer/presets.ts';
import { runProgrammerScenario } from '#core/models/programmer/trace.ts';

const VIEW_1080 = { width: 1400, height: 911 };
const chapter = chapterFor('programmer');

describe('Neural Programmer labels on a 1920×1080 screen', () => {
  for (const language of ['es', 'en'] as const) {
    it(`${language}: no overlaps, type ≥ 22 px, card lines inside their cards`, async () => {
      for (const { id } of chapter.presets) {
        const frames = await sceneLabels(chapter, id, { language, view: VIEW_1080 });
        // The same trace the chapter computed (chapters/parity.test.ts), typed, for the table's shape.
        const trace = runProgrammerScenario(PROGRAMMER_PRESETS.find((p) => p.id === id)!.scenario);
        for (const { frame, labels, toScreen } of frames) {
          const where = `${id} frame ${frame}`;
          for (const l of labels) expect(l.fontPx, `${where}: "${l.text}"`).toBeGreaterThanOrEqual(22);
          for (let a = 0; a < labels.length; a++)
            for (let b = a + 1; b < labels.length; b++)
              expect(overlaps(labels[a]!.box, labels[b]!.box), `${where}: "${labels[a]!.text}" × "${labels[b]!.text}"`).toBe(false);
          const { table } = trace.frames[frame]!.data;
          const L = programmerLayout(table.rows, table.columns);
          L.cards.forEach(([x0, x1]) => {
            const [left] = toScreen(x0, L.cardTop);
            const [right] = toScreen(x1, L.cardTop);
            const inside = labels.filter((l) => l.box.x0 >= left - 1 && l.box.x0 <= right && l.box.y0 > toScreen(0, L.cardTop)[1]);
            for (const l of inside) expect(l.box.x1, `${where}: "${l.text}" reaches the card's right edge`).toBeLessThanOrEqual(right - 8);
          });
        }
      }
    }, 120_000);
  }
});
