/**
 * The attention scene (three.js): the input row at the bottom (tokens, or for speech the waveform cut into its
 * audio frames, each frame glowing by its weight) with the encoder states h_j above it, the output row on top
 * with the decoder states s_t under it, and ribbons from the current output's state to every encoder state
 * whose width and brightness are the weight α_tj; beside them the alignment matrix fills in one row per output
 * step. The compute preset adds the query q_t, the scores e_j as signed bars and the context c_t. A pure
 * function of (trace, frame, fromFrame, progress, language): the weights drawn are interpolated between the two
 * frames during a transition.
 */
import * as THREE from 'three/webgpu';
import type { AttentionFrameData, AttentionTrace } from '#core/models/attention/attention-scenario.ts';
import waveformUrl from '#core/models/attention/data/speech-woodchuck-waveform.png';
import type { AttentionStage } from '#core/models/attention/types.ts';
import { formatNumber } from '#app/shared/i18n/i18n.ts';
import { Boxes } from '../../scene/boxes.ts';
import { divergingColor, weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool } from '../../scene/label-pool.ts';
import type { LabelFactory } from '../../scene/text-sprite.ts';
import { DARK_THEME, glowRgb, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import { UNIT_PLANE } from '../../scene/units.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { attentionLabels } from './attention-labels.ts';
import { attentionLayout, inputX, matrixRowY, outputX, ribbonPoint, type AttentionLayout } from './attention-layout.ts';
import { inputName, isSpeech, shownToken, type AttentionFrame } from './attention-narration.ts';
import { ribbonsShown, rowWeights, shownWeights } from './attention-view.ts';

const SLATE: Rgb = [0.2, 0.24, 0.32];
const EMPTY: Rgb = [0.1, 0.12, 0.17];
const RIBBON: Rgb = [0.35, 0.9, 1.0];
const SEGMENTS = 24;

export { shownWeights };

/** What the attention scene draws from. */
type AttentionInput = SceneInput<AttentionStage, AttentionFrameData>;

/** Builds the attention scene; meshes are rebuilt when the shape (T, S) changes. */
export function createAttentionScene(factory: LabelFactory): ChapterScene<AttentionStage, AttentionFrameData> {
  const root = new THREE.Group();
  root.name = 'attention';
  const solid = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });
  const ribbonMaterial = new THREE.MeshBasicMaterial({
    vertexColors: true,
    transparent: true,
    blending: THREE.AdditiveBlending,
    depthWrite: false,
    side: THREE.DoubleSide,
  });
  const waveTexture = new THREE.TextureLoader().load(waveformUrl);
  waveTexture.colorSpace = THREE.SRGBColorSpace;
  // Tinted down: the PNG is drawn on white, too bright beside the dark theme.
  const waveMaterial = new THREE.MeshBasicMaterial({ map: waveTexture, transparent: true, color: 0x7a8498 });
  const labels = new LabelPool(factory, { z: 0.4 });

  interface Parts {
    states: Boxes;
    cells: Boxes;
    glows: Boxes;
    vectors: Boxes;
    ribbons: THREE.Mesh;
    positions: Float32Array;
    colors: Float32Array;
    wave: THREE.Mesh;
  }
  let parts: Parts | null = null;
  let shape = '';
  let L: AttentionLayout = attentionLayout(1, 1);

  const centre = { anchor: 'centre' } as const;
  /** Places instance k of `boxes` centred at (x, y, z), painted (glows: glowing) in the input's theme. */
  const put = (boxes: Boxes, k: number, x: number, y: number, z: number, w: number, h: number, d: number, c: Rgb, gain = 1) =>
    boxes.place(k, x, y, z, w, h, d, c, theme, gain);

  const MAX_DIM = 64;
  function build(T: number, S: number): void {
    if (parts) for (const b of [parts.states, parts.cells, parts.glows, parts.vectors]) b.dispose();
    parts?.ribbons.geometry.dispose();
    root.clear();
    L = attentionLayout(T, S);
    const states = new Boxes(T + S, solid, 'states', centre);
    const cells = new Boxes(S * T, flat, 'matrix', centre);
    // Glows: the input frames/tokens (T), the current matrix row, the current output.
    const glows = new Boxes(T + 2, glow, 'glows', { anchor: 'centre', paint: 'glow' });
    glows.mesh.renderOrder = 2;
    // Vectors: scores (T bars), query and context (up to MAX_DIM cells each).
    const vectors = new Boxes(T + 2 * MAX_DIM, solid, 'vectors', centre);
    const verts = T * (SEGMENTS + 1) * 2;
    const positions = new Float32Array(verts * 3);
    const colors = new Float32Array(verts * 3);
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3).setUsage(THREE.DynamicDrawUsage));
    geometry.setAttribute('color', new THREE.BufferAttribute(colors, 3).setUsage(THREE.DynamicDrawUsage));
    const index: number[] = [];
    for (let j = 0; j < T; j++) {
      for (let k = 0; k < SEGMENTS; k++) {
        const a = (j * (SEGMENTS + 1) + k) * 2;
        index.push(a, a + 1, a + 2, a + 1, a + 3, a + 2);
      }
    }
    geometry.setIndex(index);
    const ribbons = new THREE.Mesh(geometry, ribbonMaterial);
    ribbons.name = 'ribbons';
    ribbons.frustumCulled = false;
    ribbons.renderOrder = 1;
    const wave = new THREE.Mesh(UNIT_PLANE, waveMaterial);
    wave.name = 'waveform';
    root.add(states.mesh, cells.mesh, vectors.mesh, ribbons, glows.mesh, wave, labels.group);
    parts = { states, cells, glows, vectors, ribbons, positions, colors, wave };
  }

  function layoutOf(d: AttentionFrame['data']): AttentionLayout {
    return attentionLayout(d.inputTokens.length, d.outputTokens.length, { speech: isSpeech(d), compute: d.kind === 'interface' });
  }

  // The theme of the input being drawn (set first thing in update).
  let theme: Theme = DARK_THEME;

  function update(input: AttentionInput): void {
    theme = input.theme;
    applyGlowBlending(glow, theme);
    applyGlowBlending(ribbonMaterial, theme);
    waveMaterial.color.set(theme.muted);
    const f = input.trace.frames[input.frame];
    if (!f) {
      root.visible = false;
      return;
    }
    root.visible = true;
    const d = f.data;
    const T = d.inputTokens.length;
    const S = d.outputTokens.length;
    const key = `${T}:${S}:${isSpeech(d)}:${d.kind}`;
    if (shape !== key) {
      build(T, S);
      shape = key;
    }
    L = layoutOf(d);
    const from = input.trace.frames[input.fromFrame];
    const weights = shownWeights(from?.data.weights, d.weights, input.progress);
    // The ribbons show once the weights exist (always for data; from the weights stage on when computed).
    const ribbonsOn = ribbonsShown(f, from, input.progress);
    drawMeshes(f, weights, ribbonsOn, input.progress, input.trace);
    labels.show(attentionLabels(L, f, weights, ribbonsOn, input.language, input.trace), theme);
  }

  function drawMeshes(f: AttentionFrame, weights: number[], ribbonsOn: number, progress: number, trace: AttentionTrace): void {
    const p = parts!;
    const d = f.data;
    const { T, S } = L;
    const t = f.step;
    const speech = L.speech;
    const inW = L.colWidth;
    const outW = L.width / S;
    // Encoder and decoder states.
    for (let j = 0; j < T; j++)
      put(
        p.states,
        j,
        inputX(L, j),
        L.encoderY,
        0,
        inW * (speech ? 0.7 : 0.8),
        L.stateHeight,
        0.4,
        speech ? [0.18, 0.3, 0.42] : SLATE,
        1 + 1.2 * weights[j]! * ribbonsOn,
      );
    for (let k = 0; k < S; k++) {
      const c: Rgb = k === t ? [0.95, 0.78, 0.25] : k < t ? [0.3, 0.38, 0.5] : EMPTY;
      put(p.states, T + k, outputX(L, k), L.decoderY, 0, outW * 0.66, L.stateHeight, 0.4, c);
    }
    p.states.commit();
    // Ribbons: width and brightness = α.
    const maxW = Math.min(0.95 * inW, 1.1);
    let v = 0;
    for (let j = 0; j < T; j++) {
      const a = Math.max(0, weights[j]!) * ribbonsOn;
      const half = (0.025 + maxW * a) / 2;
      const gain = Math.min(1, 0.05 + a * 1.15);
      for (let k = 0; k <= SEGMENTS; k++) {
        const s = k / SEGMENTS;
        const [x, y] = ribbonPoint(L, t, j, s);
        const [x2, y2] = ribbonPoint(L, t, j, Math.min(1, s + 1e-3));
        const [x1, y1] = ribbonPoint(L, t, j, Math.max(0, s - 1e-3));
        let nx = -(y2 - y1);
        let ny = x2 - x1;
        const len = Math.hypot(nx, ny) || 1;
        nx /= len;
        ny /= len;
        for (const side of [-1, 1]) {
          p.positions.set([x + side * nx * half, y + side * ny * half, -0.1], v * 3);
          p.colors.set(glowRgb(theme, RIBBON, gain), v * 3);
          v++;
        }
      }
    }
    const g = p.ribbons.geometry;
    g.attributes.position!.needsUpdate = true;
    g.attributes.color!.needsUpdate = true;
    // The alignment matrix under the inputs: rows of steps already produced, the current row filling in.
    for (let k = 0; k < S; k++) {
      const row = rowWeights(trace, k);
      for (let j = 0; j < T; j++) {
        const filled = k < t ? 1 : k === t ? ribbonsOn : 0;
        const w = k === t ? weights[j]! : (row?.[j] ?? 0);
        const c = filled > 0 ? weightColor(w) : EMPTY;
        put(p.cells, k * T + j, inputX(L, j), matrixRowY(L, k), 0, inW * 0.92, L.rowHeight * 0.88, 0.05, c, filled > 0 ? 0.35 + 0.65 * filled : 1);
      }
    }
    p.cells.commit();
    // Glows: the input frames by weight (speech), the current matrix row, the current output.
    for (let j = 0; j < T; j++) {
      const a = weights[j]! * ribbonsOn;
      put(p.glows, j, inputX(L, j), L.inputY, 0.3, inW * 0.96, L.waveHeight * 1.05, 0.02, [1, 0.85, 0.3], speech ? 0.7 * Math.min(1, a * 2) : 0);
    }
    put(p.glows, T, 0, matrixRowY(L, t), -0.05, L.width + 0.12, L.rowHeight + 0.1, 0.02, [1, 0.85, 0.3], 0.5);
    put(
      p.glows,
      T + 1,
      outputX(L, t),
      L.outputY - (L.outputLines === 2 && t % 2 ? 1 : 0) * L.linePitch,
      -0.1,
      Math.max(outW * 0.96, 0.5),
      0.8,
      0.02,
      [1, 0.85, 0.3],
      0.35,
    );
    p.glows.commit();
    // Compute preset: scores as signed bars on a baseline above the encoder states, q and c as rows of cells.
    const hide = (k: number) => put(p.vectors, k, 0, -100, 0, 0, 0, 0, [0, 0, 0]);
    const scores = d.scores;
    const showScores = d.kind === 'interface' && scores && f.stage !== 'query';
    const maxAbs = scores ? Math.max(1e-9, ...Array.from(scores).filter(Number.isFinite).map(Math.abs)) : 1;
    for (let j = 0; j < T; j++) {
      if (!showScores) {
        hide(j);
        continue;
      }
      const e = Number.isFinite(scores[j]!) ? scores[j]! / maxAbs : 0;
      const h = Math.abs(e) * L.scoreHeight;
      put(p.vectors, j, inputX(L, j), L.scoreBaseY + (e >= 0 ? h / 2 : -h / 2), 0.2, inW * 0.34, h, 0.3, divergingColor(e), f.stage === 'scores' ? 1 : 0.45);
    }
    const row = (v: ArrayLike<number> | undefined, offset: number, cx: number, y: number, on: boolean) => {
      const n = Math.min(MAX_DIM, v?.length ?? 0);
      const w = Math.min(0.34, 2.6 / Math.max(1, n));
      const range = Math.max(1e-9, ...Array.from(v ?? [], Math.abs));
      for (let i = 0; i < MAX_DIM; i++) {
        if (!on || i >= n) hide(offset + i);
        else put(p.vectors, offset + i, cx + (i - (n - 1) / 2) * w, y, 0.35, w * 0.88, 0.42, 0.2, divergingColor(v![i]! / range));
      }
    };
    row(d.query, T, outputX(L, t), L.queryY, d.kind === 'interface');
    row(d.context, T + MAX_DIM, outputX(L, t), L.contextY, d.kind === 'interface' && f.stage === 'context');
    p.vectors.commit();
    // The speech waveform, cut into the audio frames.
    p.wave.visible = speech;
    p.wave.scale.set(L.width, L.waveHeight, 1);
    p.wave.position.set(0, L.inputY, 0);
    void progress;
  }

  function framing(trace: AttentionTrace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame];
    return fitBoard((f ? layoutOf(f.data) : L).bounds, aspect);
  }

  function hoverText(hit: THREE.Intersection, input: AttentionInput): string | null {
    const f = input.trace.frames[input.frame];
    if (!f || hit.instanceId === undefined) return null;
    const n = (x: number) => formatNumber(input.language, x, 3);
    const d = f.data;
    const T = d.inputTokens.length;
    if (hit.object.name === 'matrix') {
      const k = Math.floor(hit.instanceId / T);
      const j = hit.instanceId % T;
      return `α(${shownToken(d.outputTokens[k]!)} → ${inputName(d, j)}) = ${n(rowWeights(input.trace, k)?.[j] ?? 0)}`;
    }
    if (hit.object.name === 'states' && hit.instanceId < T) return `α(${inputName(d, hit.instanceId)}) = ${n(d.weights[hit.instanceId]!)}`;
    return null;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    dispose() {
      if (parts) for (const b of [parts.states, parts.cells, parts.glows, parts.vectors]) b.dispose();
      disposeScene(root, [parts?.ribbons.geometry, solid, flat, glow, ribbonMaterial, waveMaterial, waveTexture]);
    },
  };
}
