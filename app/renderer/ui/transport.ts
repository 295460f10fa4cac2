/**
 * The transport bar: first / back / play-pause / forward / last, the timeline slider, the speed control and
 * the frame label ("step 3/10 · sharpen"). Every control has an accessible name in the UI language and a
 * data-testid.
 */
import { format, formatNumber, messages } from '../../shared/i18n/i18n.ts';
import type { Chapter } from '../chapters/chapter.ts';
import { SPEEDS } from '../state/playback-slice.ts';
import type { AppStore } from '../state/store.ts';
import { h, type Unmount } from './dom.ts';

/** The frame label of the store's current frame, in its language. */
export function frameLabel(store: AppStore, chapter: Chapter): string {
  const s = store.getState();
  const m = messages(s.language);
  const f = s.trace?.frames[s.frame];
  if (!s.trace || !f) return m.playback.noTrace;
  return format(m.playback.frameLabel, { step: f.step + 1, steps: s.trace.steps, stage: chapter.stageLabel(f.stage, m) });
}

/** Mounts the transport bar into `el`. */
export function mountTransport(el: HTMLElement, store: AppStore, chapter: Chapter, now: () => number): Unmount {
  const first = h('button', { type: 'button', 'data-testid': 'first', class: 'icon' }, '⇤');
  const back = h('button', { type: 'button', 'data-testid': 'step-back', class: 'icon' }, '◀');
  const play = h('button', { type: 'button', 'data-testid': 'play', class: 'icon play' }, '▶');
  const forward = h('button', { type: 'button', 'data-testid': 'step-forward', class: 'icon' }, '▶');
  const last = h('button', { type: 'button', 'data-testid': 'last', class: 'icon' }, '⇥');
  const timeline = h('input', { type: 'range', min: 0, max: 0, step: 1, value: 0, 'data-testid': 'timeline', class: 'timeline' });
  const label = h('output', { 'data-testid': 'frame-label', class: 'frame-label', 'aria-live': 'polite' });
  const speedLabel = h('label', { class: 'speed-label', for: 'speed' });
  const speed = h('select', { id: 'speed', 'data-testid': 'speed' }, ...SPEEDS.map((s) => h('option', { value: s }, `${s}×`)));
  el.append(h('div', { class: 'buttons' }, first, back, play, forward, last), timeline, label, h('div', { class: 'speed' }, speedLabel, speed));

  first.addEventListener('click', () => store.getState().seek(0, { animate: true, now: now() }));
  back.addEventListener('click', () => store.getState().step(-1, now()));
  forward.addEventListener('click', () => store.getState().step(1, now()));
  last.addEventListener('click', () => store.getState().seek(Number.MAX_SAFE_INTEGER, { animate: true, now: now() }));
  play.addEventListener('click', () => store.getState().setPlaying(!store.getState().playing));
  timeline.addEventListener('input', () => {
    store.getState().setPlaying(false);
    store.getState().seek(Number(timeline.value));
  });
  speed.addEventListener('change', () => {
    speed.blur();
    store.getState().setSpeed(Number(speed.value));
  });

  function render(): void {
    const s = store.getState();
    const m = messages(s.language);
    first.setAttribute('aria-label', m.playback.first);
    first.title = m.playback.first;
    back.setAttribute('aria-label', m.playback.stepBack);
    back.title = `${m.playback.stepBack} (←)`;
    forward.setAttribute('aria-label', m.playback.stepForward);
    forward.title = `${m.playback.stepForward} (→)`;
    last.setAttribute('aria-label', m.playback.last);
    last.title = m.playback.last;
    play.setAttribute('aria-label', s.playing ? m.playback.pause : m.playback.play);
    play.title = `${s.playing ? m.playback.pause : m.playback.play} (␣)`;
    play.textContent = s.playing ? '❚❚' : '▶';
    play.setAttribute('aria-pressed', String(s.playing));
    timeline.setAttribute('aria-label', m.playback.timeline);
    const count = s.trace?.frames.length ?? 1;
    timeline.max = String(Math.max(0, count - 1));
    timeline.value = String(s.frame);
    timeline.setAttribute('aria-valuetext', frameLabel(store, chapter));
    label.textContent = frameLabel(store, chapter);
    speedLabel.textContent = m.playback.speed;
    speed.setAttribute('aria-label', m.playback.speed);
    [...speed.options].forEach((o) => (o.textContent = `${formatNumber(s.language, Number(o.value), Number.isInteger(Number(o.value)) ? 0 : 1)}×`));
    speed.value = String(s.speed);
  }
  render();
  return store.subscribe((s) => [s.frame, s.playing, s.language, s.trace, s.speed] as const, render, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
}
