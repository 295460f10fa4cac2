/**
 * The NTM scene (three.js): the memory tape in 3D, the addressing rows w_c, w_prev, w_g, w̃, w as bars, the
 * read and write heads as beams whose intensity is the weight, the key, r, e and a, and for multi-step runs
 * the read and write weightings over time as heat maps. A pure function of (trace, frame, fromFrame,
 * progress, language): every number drawn is interpolated between the two frames' display states
 * (ntm-view.ts), then handed to the scene's parts (scene kit).
 */
import * as THREE from 'three/webgpu';
import type { NtmFrameData, NtmTrace } from '#core/models/ntm/run-scenario.ts';
import { NTM_STAGES, type NtmStage } from '#core/models/ntm/types.ts';
import { heatMapWeightings, type HeatMapWeightings } from '#core/models/ntm/heat-map-weightings.ts';
import { formatNumber, messages } from '#app/shared/i18n/i18n.ts';
import { divergingColor, weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import type { Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { ROWS, ntmLayout, slotX, type NtmLayout, type RowId } from './ntm-layout.ts';
import { ntmLabels } from './ntm-labels.ts';
import { buildNtmParts, paintPlates, type NtmParts } from './ntm-parts.ts';
import { activeRow, barScale, cachedView, memoryRange, mixNtmDisplay, ntmDisplay, stageIndex } from './ntm-view.ts';

/** What the NTM scene draws from. */
type NtmSceneInput = SceneInput<NtmStage, NtmFrameData>;

const READ_BEAM: Rgb = [0.15, 0.85, 1.0];
const WRITE_BEAM: Rgb = [1.0, 0.3, 0.85];

/**
 * The default camera for a stage: the whole board in view (every corner of its bounds projected inside the
 * frame), seen a little from the right and above so the memory blocks' depth shows; addressing stages lean
 * towards the rows, read and write towards the memory.
 */
export function fitCamera(L: NtmLayout, stage: number, aspect: number): CameraPose {
  const [x0, y0] = L.bounds.min;
  const [x1, y1] = L.bounds.max;
  const lean = stage <= 3 ? 0.25 : -0.25;
  return fitBoard(L.bounds, aspect, {
    direction: [0.1, 0.09, 1],
    margin: [0.985, 0.97],
    target: [(x0 + x1) / 2, (y0 + y1) / 2 + lean, 0.3],
  });
}

/** Builds the NTM scene; its parts are rebuilt when N or M change. */
export function createNtmScene(labels: LabelFactory): ChapterScene<NtmStage, NtmFrameData> {
  const root = new THREE.Group();
  root.name = 'ntm';
  const materials = {
    bar: new THREE.MeshLambertMaterial({ color: 0xffffff }),
    beam: new THREE.MeshBasicMaterial({
      color: 0xffffff,
      transparent: true,
      blending: THREE.AdditiveBlending,
      depthWrite: false,
    }),
    plate: new THREE.MeshBasicMaterial({ color: 0xffffff }),
    active: new THREE.MeshBasicMaterial({ color: 0x22324f }),
  };

  let built: { n: number; m: number; heat: boolean; trace: NtmTrace | null } = {
    n: -1,
    m: -1,
    heat: false,
    trace: null,
  };
  let layout: NtmLayout = ntmLayout(1, 1, false);
  let parts: NtmParts | null = null;
  let range = 1;
  /** Bar height multiplier: 1 up to N = 32; for larger N the largest weight of the run gets a full bar. */
  let weightScale = 1;
  let overTime: HeatMapWeightings = { steps: 0, read: [], write: [], revealed: () => -1, column: () => -1 };

  function ensure(trace: NtmTrace, n: number, m: number, theme: Theme): NtmParts {
    const heat = trace.steps > 1;
    if (!parts || built.n !== n || built.m !== m || built.heat !== heat) {
      parts?.dispose();
      root.clear();
      layout = ntmLayout(n, m, heat);
      parts = buildNtmParts(root, layout, heat, labels, materials, theme);
      built = { n, m, heat, trace: null };
    }
    if (built.trace !== trace) {
      built.trace = trace;
      range = memoryRange(trace);
      weightScale = n > 32 ? barScale(trace) : 1;
      overTime = heatMapWeightings(trace);
      parts.heat?.read.invalidate();
      parts.heat?.write.invalidate();
    }
    return parts;
  }

  function update(input: NtmSceneInput): void {
    const { theme, trace } = input;
    applyGlowBlending(materials.beam, theme);
    materials.active.color.set(theme.plateActive);
    if (parts) paintPlates(parts, theme);
    const target = trace.frames[input.frame];
    if (!target) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const to = cachedView(target);
    const p = ensure(trace, to.n, to.m, theme);
    const fromFrame = trace.frames[input.fromFrame];
    const from = fromFrame ? cachedView(fromFrame) : to;
    const d = from.n === to.n && from.m === to.m ? mixNtmDisplay(ntmDisplay(from), ntmDisplay(to), input.progress) : ntmDisplay(to);
    const L = layout;
    const { n, m } = L;
    const stage = stageIndex(to.stage);

    // Addressing rows: bars whose height and colour are the weight.
    for (const { id } of ROWS) {
      const values = d.rows[id];
      const w = (i: number) => values[i] ?? 0;
      const heights = Array.from({ length: n }, (_, i) => w(i) * L.barHeight * weightScale);
      p.rows[id].update(
        {
          heights,
          colors: heights.map((_, i) => weightColor(w(i))),
          gain: id === 'previous' ? 0.65 : 1,
        },
        theme,
      );
    }
    // Highlight the row the current stage computes.
    const active = activeRow(stage);
    p.activePlate.visible = active !== null;
    if (active) {
      const x0 = L.bounds.min[0] + 0.1;
      const x1 = L.width / 2 + 0.4;
      p.activePlate.position.set((x0 + x1) / 2, L.rowY[active] + 0.62, -0.2);
      p.activePlate.scale.set(x1 - x0, 1.45, 1);
    }

    // Memory tape: slot i is a column of M cells; each cell's depth and colour are its value.
    const memory = d.memory.slice(0, n * m);
    while (memory.length < n * m) memory.push(0);
    p.memory.update(
      {
        depths: memory.map((v) => (Math.abs(v) / range) * L.memoryDepth),
        colors: memory.map((v) => divergingColor(v, range)),
      },
      theme,
    );

    // Key (left), r, e, a (right): columns of M cells beside the memory, cell j level with the memory's cell j.
    const columns: {
      values: number[];
      on: number;
      kind: 'signed' | 'weight';
    }[] = [
      { values: d.key, on: d.keyOn, kind: 'signed' },
      { values: d.read, on: d.readOn, kind: 'signed' },
      { values: d.erase, on: d.writeOn, kind: 'weight' },
      { values: d.add, on: d.writeOn, kind: 'signed' },
    ];
    const depths: number[] = [];
    const colors: Rgb[] = [];
    const gains: number[] = [];
    for (const col of columns) {
      for (let j = 0; j < m; j++) {
        const value = col.values[j] ?? 0;
        colors.push(col.kind === 'weight' ? weightColor(value) : divergingColor(value, range));
        depths.push(col.kind === 'weight' ? value * L.memoryDepth : (Math.abs(value) / range) * L.memoryDepth);
        gains.push(0.3 + 0.7 * col.on);
      }
    }
    p.vectors.update({ depths, colors, gains }, theme);

    // Heads: a beam from the final weight down through the slot's column, brightness = weight.
    const top = L.rowY.sharpen;
    const bottom = -m * L.cellHeight;
    const beam = (k: number, values: readonly number[], color: Rgb) =>
      Array.from({ length: n }, (_, i) => {
        const w = Math.min(1, Math.max(0, (values[i] ?? 0) * weightScale));
        return {
          x: slotX(L, i),
          y: (top + bottom) / 2,
          z: L.memoryDepth + 0.15 + 0.05 * k,
          length: top - bottom + 0.1,
          thickness: L.dx * 0.92,
          color,
          gain: 0.85 * w,
        };
      });
    const beams = [...beam(0, d.readBeam, READ_BEAM), ...beam(1, d.writeBeam, WRITE_BEAM)];
    p.beams.update(beams, theme);

    // Heat maps of the read and write weightings over time (multi-step runs), revealed up to this step.
    if (p.heat) {
      const upTo = stage >= 3 ? to.step : to.step - 1;
      const shared = {
        steps: overTime.steps,
        rows: n,
        current: overTime.column(to.step),
        scale: weightScale,
      };
      p.heat.read.update({ columns: overTime.read, upTo: overTime.revealed('read', upTo), ...shared }, theme);
      p.heat.write.update({ columns: overTime.write, upTo: overTime.revealed('write', upTo), ...shared }, theme);
    }

    const text = ntmLabels(to, {
      layout: L,
      language: input.language,
      steps: trace.steps,
      heat: !!p.heat,
      range,
      weightScale,
      activeRow: active,
    });
    p.text.numbers.show(text.numbers, theme);
    p.text.memoryNumbers.show(text.memoryNumbers, theme);
    p.text.vectorNumbers.show(text.vectorNumbers, theme);
    p.text.titles.show(text.titles, theme);
    p.text.banner.show(text.banner, theme);
  }

  function framing(trace: NtmTrace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame];
    const v = f ? cachedView(f) : null;
    const L = v ? ntmLayout(v.n, v.m, trace.steps > 1) : layout;
    return fitCamera(L, v ? stageIndex(v.stage) : 0, aspect);
  }

  function hoverText(hit: THREE.Intersection, input: NtmSceneInput): string | null {
    const f = input.trace.frames[input.frame];
    if (!f || hit.instanceId === undefined) return null;
    const v = cachedView(f);
    const d = ntmDisplay(v);
    const name = hit.object.name;
    const num = (x: number) => formatNumber(input.language, x, 3);
    const msg = messages(input.language);
    const row = ROWS.find(({ id }) => name === `row:${id}`);
    if (row) return `${msg.ntm.rows[row.id]} [${hit.instanceId}] = ${num(d.rows[row.id][hit.instanceId] ?? 0)}`;
    if (name === 'memory') {
      const i = Math.floor(hit.instanceId / v.m);
      const j = hit.instanceId % v.m;
      return `M[${i}, ${j}] = ${num(d.memory[hit.instanceId] ?? 0)}`;
    }
    return null;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    dispose() {
      parts?.dispose();
      disposeScene(root, Object.values(materials));
    },
  };
}

/** The stages in order (re-exported for the chapter). */
export const STAGES = NTM_STAGES;
export type { RowId };
