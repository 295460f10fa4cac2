import { ntmEn } from './ntm-en.ts';
import { recorderEn } from './recorder-en.ts';
import { themeEn } from './theme-en.ts';
import { lessonEn } from './lesson-en.ts';
import { actEn } from './act-en.ts';
import { programmerEn } from './programmer-en.ts';
import { focusEn } from './focus-en.ts';
import { attentionEn } from './attention-en.ts';

/**
 * English messages: the reference dictionary. Its shape is the type {@link Messages}; every other language
 * must provide exactly the same keys (a missing key fails to compile). Symbols (β, γ, w_c) stay outside the
 * strings where they are the same in every language; numbers are formatted with `Intl.NumberFormat`.
 */
export const en = {
  app: { title: 'Atenea' },
  language: { label: 'Language', es: 'Español', en: 'English' },
  backend: {
    webgpu: 'Compute and drawing: WebGPU on {adapter}',
    webgpuSoftware: 'Compute and drawing: WebGPU on a software adapter ({adapter}), slow',
    cpu: 'No WebGPU adapter: computing with the float64 reference (CPU), drawing with WebGL2',
    cpuForced: 'WebGPU off (--gpu=cpu): computing with the float64 reference (CPU), drawing with WebGL2',
    cpuComputeOnly: 'Computing with the float64 reference (CPU) after a GPU failure; drawing with WebGPU on {adapter}',
    deviceLost: 'The GPU device was lost: the trace on screen is kept; the next computation asks for a new device or uses the float64 reference (CPU)',
    deviceLostCpu: 'The GPU device was lost: computing with the float64 reference (CPU); the trace on screen is kept',
    deviceReplaced: 'The GPU device was lost and replaced: computing with WebGPU on a new device ({adapter})',
    viewRebuilt: 'the 3D view was rebuilt and draws with {draw}',
    relaunch: 'Relaunch with Vulkan (X11)',
  },
  playback: {
    play: 'Play',
    pause: 'Pause',
    stepForward: 'Next step',
    stepBack: 'Previous step',
    first: 'First step',
    last: 'Last step',
    timeline: 'Timeline',
    speed: 'Speed',
    frameLabel: 'step {step}/{steps} · {stage}',
    noTrace: 'no trace',
  },
  view: { label: '3D view of the model', resetCamera: 'Reset camera (R)', help: 'Space play · ←/→ step · Home/End · R camera' },
  presets: { label: 'Preset' },
  params: {
    title: 'Parameters',
    stepTitle: 'Parameters of step {t}',
    invalid: '{field}: {problem}. Allowed: {allowed}.',
    keptPrevious: 'The previous result stays on screen.',
    computing: 'Computing…',
    notParameter: 'not a parameter',
    vectorHint: 'numbers separated by spaces',
  },
  ntm: ntmEn,
  programmer: programmerEn,
  focus: focusEn,
  attention: attentionEn,
  act: actEn,
  recorder: recorderEn,
  theme: themeEn,
  lesson: lessonEn,
  errors: { noWebgl: 'This browser can draw neither with WebGPU nor with WebGL2.', failed: 'Something went wrong: {message}' },
} as const;

/** Widens the literal types of a dictionary to `string` while keeping its key structure. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's dictionary has: the keys of {@link en}, each a string. */
export type Messages = Widen<typeof en>;
