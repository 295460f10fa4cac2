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
import waveformUrl from '../../../../core/models/attention/data/speech-woodchuck-waveform.png';
import type { Trace } from '../../../../core/trace/trace.ts';
import { format, formatNumber, messages, type Language } from '../../../shared/i18n/i18n.ts';
import { divergingColor, weightColor, type Rgb } from '../../scene/colormap.ts';
import { fitBoard } from '../../scene/fit-board.ts';
import { disposeScene } from '../../scene/dispose.ts';
import { LabelPool, type Label } from '../../scene/label-pool.ts';
import type { LabelFactory, LabelStyle } from '../../scene/text-sprite.ts';
import { DARK_THEME, glowRgb, paintRgb, type Theme } from '../../scene/theme.ts';
import { applyGlowBlending } from '../../scene/theme-materials.ts';
import { commitInstances, createInstances } from '../../scene/instances.ts';
import type { CameraPose, ChapterScene, SceneInput } from '../chapter.ts';
import { attentionLayout, inputX, matrixRowY, outputX, ribbonPoint, splitName, type AttentionLayout } from './attention-layout.ts';
import { argmax, isSpeech, shownToken, type AttentionFrame } from './attention-narration.ts';

const TEXT = DARK_THEME.text;
const DIM_TEXT = DARK_THEME.dimText;
const ACTIVE = DARK_THEME.accent;
const GLOW_HEX = DARK_THEME.read;
const SLATE: Rgb = [0.2, 0.24, 0.32];
const EMPTY: Rgb = [0.1, 0.12, 0.17];
const RIBBON: Rgb = [0.35, 0.9, 1.0];
const SEGMENTS = 24;

/** The weights shown at a transition: the two frames' weights blended when they have the same length. */
export function shownWeights(from: ArrayLike<number> | undefined, to: ArrayLike<number>, progress: number): number[] {
  return Array.from(to, (w, j) => (from && from.length === to.length ? from[j]! + (w - from[j]!) * progress : w));
}

/** Builds the attention scene; meshes are rebuilt when the shape (T, S) changes. */
export function createAttentionScene(factory: LabelFactory): ChapterScene {
  const root = new THREE.Group();
  root.name = 'attention';
  const solid = new THREE.MeshLambertMaterial({ color: 0xffffff });
  const flat = new THREE.MeshBasicMaterial({ color: 0xffffff });
  const glow = new THREE.MeshBasicMaterial({ color: 0xffffff, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false });
  const ribbonMaterial = new THREE.MeshBasicMaterial({ vertexColors: true, transparent: true, blending: THREE.AdditiveBlending, depthWrite: false, side: THREE.DoubleSide });
  const waveTexture = new THREE.TextureLoader().load(waveformUrl);
  waveTexture.colorSpace = THREE.SRGBColorSpace;
  // Tinted down: the PNG is drawn on white, too bright beside the dark theme.
  const waveMaterial = new THREE.MeshBasicMaterial({ map: waveTexture, transparent: true, color: 0x7a8498 });
  const BOX = new THREE.BoxGeometry(1, 1, 1);
  const labels = new LabelPool(factory, { z: 0.4 });

  interface Parts {
    states: THREE.InstancedMesh;
    cells: THREE.InstancedMesh;
    glows: THREE.InstancedMesh;
    vectors: THREE.InstancedMesh;
    ribbons: THREE.Mesh;
    positions: Float32Array;
    colors: Float32Array;
    wave: THREE.Mesh;
  }
  let parts: Parts | null = null;
  let shape = '';
  let L: AttentionLayout = attentionLayout(1, 1);

  const _m = new THREE.Matrix4();
  const _q = new THREE.Quaternion();
  const _p = new THREE.Vector3();
  const _s = new THREE.Vector3();
  const _c = new THREE.Color();
  const put = (mesh: THREE.InstancedMesh, k: number, x: number, y: number, z: number, w: number, h: number, d: number, c: Rgb, gain = 1) => {
    _m.compose(_p.set(x, y, z), _q.identity(), _s.set(w, Math.max(h, 0.001), d));
    mesh.setMatrixAt(k, _m);
    // The glow material's instances (highlight bands) take the theme's glow colour.
    const g = mesh.material === glow ? glowRgb(theme, c, gain) : paintRgb(theme, c, gain);
    mesh.setColorAt(k, _c.setRGB(g[0], g[1], g[2], THREE.SRGBColorSpace));
  };
  const instanced = (count: number, material: THREE.Material, name: string) => createInstances(count, BOX, material, name);

  const MAX_DIM = 64;
  function build(T: number, S: number): void {
    root.clear();
    L = attentionLayout(T, S);
    const states = instanced(T + S, solid, 'states');
    const cells = instanced(S * T, flat, 'matrix');
    // Glows: the input frames/tokens (T), the current matrix row, the current output.
    const glows = instanced(T + 2, glow, 'glows');
    glows.renderOrder = 2;
    // Vectors: scores (T bars), query and context (up to MAX_DIM cells each).
    const vectors = instanced(T + 2 * MAX_DIM, solid, 'vectors');
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
    const wave = new THREE.Mesh(new THREE.PlaneGeometry(1, 1), waveMaterial);
    wave.name = 'waveform';
    root.add(states, cells, vectors, ribbons, glows, wave, labels.group);
    parts = { states, cells, glows, vectors, ribbons, positions, colors, wave };
  }

  function layoutOf(d: AttentionFrame['data']): AttentionLayout {
    return attentionLayout(d.inputTokens.length, d.outputTokens.length, { speech: isSpeech(d), compute: d.kind === 'interface' });
  }

  // The theme of the input being drawn (set first thing in update).
  let theme: Theme = DARK_THEME;

  function update(input: SceneInput): void {
    theme = input.theme;
    applyGlowBlending(glow, theme);
    applyGlowBlending(ribbonMaterial, theme);
    waveMaterial.color.set(theme.muted);
    const f = input.trace.frames[input.frame] as AttentionFrame | undefined;
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
    const from = input.trace.frames[input.fromFrame] as AttentionFrame | undefined;
    const sameStep = from && from.step === f.step;
    const weights = shownWeights(from?.data.weights, d.weights, input.progress);
    // The ribbons show once the weights exist (always for data; from the weights stage on when computed).
    const stage = f.stage;
    const ribbonsOn = d.kind === 'alignment' || stage === 'weights' || stage === 'context' ? (sameStep && from!.stage !== 'weights' && from!.stage !== 'context' && from!.stage !== stage ? input.progress : 1) : 0;
    drawMeshes(f, weights, ribbonsOn, input.progress, input.trace);
    drawLabels(f, weights, ribbonsOn, input.language, input.trace);
  }

  function drawMeshes(f: AttentionFrame, weights: number[], ribbonsOn: number, progress: number, trace: Trace): void {
    const p = parts!;
    const d = f.data;
    const { T, S } = L;
    const t = f.step;
    const speech = L.speech;
    const inW = L.colWidth;
    const outW = L.width / S;
    // Encoder and decoder states.
    for (let j = 0; j < T; j++) put(p.states, j, inputX(L, j), L.encoderY, 0, inW * (speech ? 0.7 : 0.8), L.stateHeight, 0.4, speech ? [0.18, 0.3, 0.42] : SLATE, 1 + 1.2 * weights[j]! * ribbonsOn);
    for (let k = 0; k < S; k++) {
      const c: Rgb = k === t ? [0.95, 0.78, 0.25] : k < t ? [0.3, 0.38, 0.5] : EMPTY;
      put(p.states, T + k, outputX(L, k), L.decoderY, 0, outW * 0.66, L.stateHeight, 0.4, c);
    }
    commitInstances(p.states);
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
      const row = trace.frames.find((fr) => fr.step === k) as AttentionFrame | undefined;
      for (let j = 0; j < T; j++) {
        const filled = k < t ? 1 : k === t ? ribbonsOn : 0;
        const w = k === t ? weights[j]! : (row?.data.weights[j] ?? 0);
        const c = filled > 0 ? weightColor(w) : EMPTY;
        put(p.cells, k * T + j, inputX(L, j), matrixRowY(L, k), 0, inW * 0.92, L.rowHeight * 0.88, 0.05, c, filled > 0 ? 0.35 + 0.65 * filled : 1);
      }
    }
    commitInstances(p.cells);
    // Glows: the input frames by weight (speech), the current matrix row, the current output.
    for (let j = 0; j < T; j++) {
      const a = weights[j]! * ribbonsOn;
      put(p.glows, j, inputX(L, j), L.inputY, 0.3, inW * 0.96, L.waveHeight * 1.05, 0.02, [1, 0.85, 0.3], speech ? 0.7 * Math.min(1, a * 2) : 0);
    }
    put(p.glows, T, 0, matrixRowY(L, t), -0.05, L.width + 0.12, L.rowHeight + 0.1, 0.02, [1, 0.85, 0.3], 0.5);
    put(p.glows, T + 1, outputX(L, t), L.outputY - ((L.outputLines === 2 && t % 2 ? 1 : 0) * L.linePitch), -0.1, Math.max(outW * 0.96, 0.5), 0.8, 0.02, [1, 0.85, 0.3], 0.35);
    commitInstances(p.glows);
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
    commitInstances(p.vectors);
    // The speech waveform, cut into the audio frames.
    p.wave.visible = speech;
    p.wave.scale.set(L.width, L.waveHeight, 1);
    p.wave.position.set(0, L.inputY, 0);
    void progress;
  }

  function drawLabels(f: AttentionFrame, weights: number[], ribbonsOn: number, language: Language, trace: Trace): void {
    const d = f.data;
    const msg = messages(language);
    const am = msg.attention;
    const { T, S } = L;
    const t = f.step;
    const speech = L.speech;
    const out: Label[] = [];
    const left = L.bounds.min[0];
    const banner = format(msg.playback.frameLabel, { step: t + 1, steps: trace.steps, stage: am.stages[f.stage] });
    out.push({ text: banner, x: left, y: L.bannerY, height: L.bannerHeight, style: { color: ACTIVE, bold: true, align: 'left' } });
    if (d.kind === 'interface' && d.score) out.push({ text: format(am.labels.score, { name: am.scores[d.score] }), x: L.bounds.max[0], y: L.bannerY, height: L.bannerHeight, style: { color: GLOW_HEX, bold: true, align: 'right' } });
    // Row names in the gutter, right-aligned, in two lines when long.
    const rowName = (text: string, y: number) => {
      const lines = splitName(text);
      lines.forEach((line, i) => out.push({ text: line, x: L.gutterX, y: y + (lines.length - 1) * 0.36 - i * 0.72, height: L.nameHeight, style: { color: DIM_TEXT, bold: true, align: 'right' } }));
    };
    rowName(speech ? am.labels.characters : am.labels.target, L.outputY - (L.outputLines - 1) * L.linePitch * 0.5);
    rowName(am.labels.decoder, L.decoderY);
    rowName(am.labels.encoder, L.encoderY);
    rowName(speech ? am.labels.audio : am.labels.source, L.inputY - (L.inputLines - 1) * L.linePitch * 0.5);
    // Outputs: produced ones bright, the current one highlighted, the rest dim; staggered in two lines when crowded.
    d.outputTokens.forEach((tok, k) => {
      const color = k === t ? ACTIVE : k < t ? TEXT : DARK_THEME.faintText;
      // A token wider than its slot (speech's final <end>) leans right, into the board's margin.
      const text = shownToken(tok);
      const wide = k === S - 1 && text.length * L.tokenHeight * 0.48 > (L.outputLines === 2 ? 2 : 1) * (L.width / S);
      out.push({ text, x: outputX(L, k) - (wide ? 0.35 * (L.width / S) : 0), y: L.outputY - (L.outputLines === 2 && k % 2 ? L.linePitch : 0), height: L.tokenHeight, style: { color, bold: true, align: wide ? 'left' : 'center' } });
    });
    // Inputs: tokens (staggered when crowded) with their weight on their state; for speech the frame numbers.
    const top = argmax(weights);
    if (!speech) {
      d.inputTokens.forEach((tok, j) => {
        const a = weights[j]! * ribbonsOn;
        out.push({ text: tok, x: inputX(L, j), y: L.inputY - (L.inputLines === 2 && j % 2 ? L.linePitch : 0), height: L.tokenHeight, style: { color: a >= 0.2 ? ACTIVE : TEXT, bold: true } });
        if (ribbonsOn > 0.5) out.push({ text: formatNumber(language, weights[j]!, 2), x: inputX(L, j), y: L.encoderY, z: 0.5, height: L.numberHeight, style: { color: a >= 0.2 ? '#0b0f17' : TEXT, bold: true } });
      });
    } else {
      for (let j = 0; j < T; j += 5) out.push({ text: String(j), x: inputX(L, j), y: L.frameNumberY, height: L.numberHeight, style: { color: DIM_TEXT } });
      if (ribbonsOn > 0.5) out.push({ text: `α = ${formatNumber(language, weights[top]!, 2)}`, x: inputX(L, top) + L.colWidth, y: L.encoderY + L.stateHeight / 2 + 0.45, z: 0.5, height: L.tokenHeight, style: { color: ACTIVE, bold: true, align: 'left' } });
    }
    if (d.kind === 'interface') {
      if (f.stage === 'scores' && d.scores) {
        d.scores.forEach((e, j) => {
          if (Number.isFinite(e)) out.push({ text: formatNumber(language, e, 1), x: inputX(L, j), y: L.scoreBaseY + L.scoreHeight + 0.35, height: L.numberHeight, style: { color: TEXT, bold: true } });
        });
      }
      const vecX = outputX(L, t) - 1.6;
      out.push({ text: `${am.labels.query}${t + 1}`, x: vecX, y: L.queryY, height: L.tokenHeight, style: { color: TEXT, bold: true, align: 'right' } });
      if (f.stage === 'context') out.push({ text: `${am.labels.context}${t + 1}`, x: vecX, y: L.contextY, height: L.tokenHeight, style: { color: TEXT, bold: true, align: 'right' } });
    }
    // The matrix: the output of each row in the gutter (speech: even rows left, odd rows right).
    d.outputTokens.forEach((tok, k) => {
      const right = speech && k % 2 === 1;
      const style: LabelStyle = { color: k === t ? ACTIVE : k < t ? TEXT : DARK_THEME.faintText, bold: true, align: right ? 'left' : 'right' };
      out.push({ text: shownToken(tok), x: right ? L.width / 2 + 0.25 : L.gutterX, y: matrixRowY(L, k), height: L.rowLabelHeight, style });
    });
    // Footer: the matrix's title on the left, the data credit on the right.
    out.push({ text: am.labels.matrix, x: left, y: L.footerY, height: L.footerHeight, style: { color: DIM_TEXT, bold: true, align: 'left' } });
    if (d.kind === 'alignment') out.push({ text: am.labels.credit, x: L.bounds.max[0], y: L.footerY, height: L.footerHeight, style: { color: DIM_TEXT, align: 'right' } });
    labels.show(out, theme);
  }

  function framing(trace: Trace, frame: number, aspect: number): CameraPose {
    const f = trace.frames[frame] as AttentionFrame | undefined;
    return fitBoard((f ? layoutOf(f.data) : L).bounds, aspect);
  }

  function hoverText(hit: THREE.Intersection, input: SceneInput): string | null {
    const f = input.trace.frames[input.frame] as AttentionFrame | undefined;
    if (!f || hit.instanceId === undefined) return null;
    const n = (x: number) => formatNumber(input.language, x, 3);
    const d = f.data;
    const T = d.inputTokens.length;
    if (hit.object.name === 'matrix') {
      const k = Math.floor(hit.instanceId / T);
      const j = hit.instanceId % T;
      const row = input.trace.frames.find((fr) => fr.step === k) as AttentionFrame | undefined;
      return `α(${shownToken(d.outputTokens[k]!)} → ${d.inputTokens[j]}) = ${n(row?.data.weights[j] ?? 0)}`;
    }
    if (hit.object.name === 'states' && hit.instanceId < T) return `α(${d.inputTokens[hit.instanceId]}) = ${n(d.weights[hit.instanceId]!)}`;
    return null;
  }

  return {
    root,
    update,
    framing,
    hoverText,
    dispose() {
      disposeScene(root, [parts?.ribbons.geometry, solid, flat, glow, ribbonMaterial, waveMaterial, waveTexture, BOX]);
    },
  };
}
