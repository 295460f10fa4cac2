/**
 * Test hooks (only with `?e2e=1`, or Electron's `--e2e`): `window.atenea = { state(), seek(frame), readPixels() }`;
 * with a lesson open, `state().lesson` says where it is.
 * `state()` is a plain snapshot; `seek` jumps without a transition and resolves once that frame is drawn;
 * `readPixels()` renders the current view into a render target and reads it back (RGBA8, rows top-first);
 * `loseDevice()` destroys the GPU device the view draws on and resolves once the view draws again (on a new device
 * or WebGL2), as a real device loss would; `cameraPose()` says where the view's camera is (position and target).
 */
import type { CameraPose, Chapter } from './chapters/chapter.ts';
import { messages } from '../shared/i18n/i18n.ts';
import type { PixelData } from './scene/view.ts';
import type { AppStore } from './state/store.ts';
import type { LessonTestState } from './lesson/lesson-mode.ts';

/** The snapshot `window.atenea.state()` returns. */
export interface AteneaTestState {
  readonly module: string;
  readonly preset: string;
  readonly frame: number;
  readonly frameCount: number;
  readonly step: number;
  readonly steps: number;
  readonly stage: string;
  /** The stage's name in the UI language. */
  readonly stageLabel: string;
  readonly backend: { kind: string; adapter: string; software: boolean; draw: string };
  readonly language: string;
  readonly parameters: Record<string, unknown>;
  readonly problems: Record<string, unknown>;
  /** The current frame's tensors as plain arrays. */
  readonly tensors: Record<string, unknown>;
  /** True when no transition is running and no computation is pending. */
  readonly settled: boolean;
  readonly playing: boolean;
  readonly revision: number;
  /** While a lesson is open: where it is (`frame`/`frameCount` then refer to the current simulation slide). */
  readonly lesson?: LessonTestState;
}

/** The object installed as `window.atenea`. */
export interface AteneaTestHooks {
  state(): AteneaTestState;
  seek(frame: number): Promise<AteneaTestState>;
  readPixels(size?: { width: number; height: number }): Promise<PixelData>;
  loseDevice(): Promise<void>;
  cameraPose(): CameraPose;
  /** How often the view drew to the screen and how many animation frames the draw scheduler ran (both still while idle). */
  draws(): { renders: number; frames: number };
}

/** Builds the hooks from the store, the chapter on screen, two view callbacks and the open lesson's state. */
export function createTestHooks(
  store: AppStore,
  currentChapter: () => Chapter,
  drawNow: () => void,
  readPixels: (size?: { width: number; height: number }) => Promise<PixelData>,
  lesson?: () => LessonTestState,
  loseDevice: () => Promise<void> = () => Promise.reject(new Error('no GPU device to lose')),
  cameraPose: () => CameraPose = () => ({ position: [0, 0, 0], target: [0, 0, 0] }),
  draws: () => { renders: number; frames: number } = () => ({ renders: 0, frames: 0 }),
): AteneaTestHooks {
  const plain = (x: unknown) =>
    JSON.parse(JSON.stringify(x, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v))) as Record<string, unknown>;
  const state = (): AteneaTestState => {
    const s = store.getState();
    const f = s.trace?.frames[s.frame];
    const chapter = currentChapter();
    const l = lesson?.();
    return {
      module: s.module,
      preset: s.preset,
      frame: s.frame,
      frameCount: s.trace?.frames.length ?? 0,
      step: f?.step ?? 0,
      steps: s.trace?.steps ?? 0,
      stage: f?.stage ?? '',
      stageLabel: f ? chapter.stageLabel(f.stage, messages(s.language)) : '',
      backend: { ...s.backend },
      language: s.language,
      parameters: plain(s.appliedParameters),
      problems: plain(s.problems),
      tensors: f ? plain(chapter.snapshot(f)) : {},
      settled: s.transitionStart === null && !s.computing && !l?.loading,
      playing: s.playing,
      revision: s.revision,
      ...(l ? { lesson: l } : {}),
    };
  };
  return {
    state,
    async seek(frame) {
      store.getState().setPlaying(false);
      store.getState().seek(frame);
      drawNow();
      return state();
    },
    readPixels,
    loseDevice,
    cameraPose,
    draws,
  };
}
