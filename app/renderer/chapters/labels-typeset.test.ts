/**
 * Every label every chapter's scene draws, on every frame of every preset in both languages, is typeset: the
 * sprite layout (scene/label-text.ts) turns each underscore into a subscript, so none is left to show as a raw
 * "_" ("w_c", "rs_t", "c_9" on the projector).
 */
import { describe, expect, it } from 'vitest';
import { labelRuns } from '../scene/label-text.ts';
import { CHAPTERS } from './registry.ts';
import { sceneLabels } from './testing/scene-labels.ts';

describe('3D labels draw subscripts, never a raw underscore', () => {
  for (const chapter of Object.values(CHAPTERS)) {
    it(`${chapter!.id}: every preset, every frame, both languages`, async () => {
      let subscripts = 0;
      for (const { id } of chapter!.presets) {
        for (const language of ['es', 'en'] as const) {
          const frames = await sceneLabels(chapter!, id, { language, view: { width: 1400, height: 911 } });
          for (const { frame, labels } of frames) {
            for (const l of labels) {
              const runs = labelRuns(l.text);
              const where = `${chapter!.id}/${id} ${language} frame ${frame}: "${l.text}"`;
              expect(
                runs.some((r) => r.text.includes('_')),
                where,
              ).toBe(false);
              // A subscript is an index (t, c, prev, t−1), never a phrase or a brace left over.
              for (const r of runs.filter((run) => run.sub)) expect(r.text, where).toMatch(/^[^\s{}]+$/u);
              subscripts += runs.filter((r) => r.sub).length;
            }
          }
        }
      }
      // The NTM's rows (w_c, w_prev…), the programmer's selectors (rs_t) and attention's q_t, c_t have subscripts.
      if (['ntm', 'programmer', 'attention'].includes(chapter!.id)) expect(subscripts, chapter!.id).toBeGreaterThan(0);
    }, 120_000);
  }
});
