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
  app: { title: 'Atenea', subtitle: 'Neural Turing Machine' },
  language: { label: 'Language', es: 'Español', en: 'English' },
  backend: {
    webgpu: 'Compute and drawing: WebGPU on {adapter}',
    webgpuSoftware: 'Compute and drawing: WebGPU on a software adapter ({adapter}), slow',
    cpu: 'No WebGPU adapter: computing with the float64 reference (CPU), drawing with WebGL2',
    cpuForced: 'WebGPU off (--gpu=cpu): computing with the float64 reference (CPU), drawing with WebGL2',
    cpuComputeOnly: 'Computing with the float64 reference (CPU) after a GPU failure; drawing with WebGPU on {adapter}',
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
  presets: { label: 'Preset', lookup: 'Lookup at step t', copy: 'Copy task', free: 'Free play' },
  params: {
    title: 'Parameters',
    N: 'Slots N',
    M: 'Slot width M',
    key: 'Key k',
    beta: 'Key strength β',
    gate: 'Gate g',
    shiftWidth: 'Shift width',
    shift: 'Shift kernel s',
    gamma: 'Sharpening γ',
    erase: 'Erase e',
    add: 'Add a',
    steps: 'Time steps',
    seed: 'Seed',
    invalid: '{field}: {problem}. Allowed: {allowed}.',
    keptPrevious: 'The previous result stays on screen.',
    computing: 'Computing…',
    vectorHint: 'numbers separated by spaces',
  },
  ntm: {
    stages: {
      content: 'content',
      interpolate: 'interpolate',
      shift: 'shift',
      sharpen: 'sharpen',
      read: 'read',
      write: 'write',
    },
    rows: {
      memory: 'Memory M',
      content: 'content w_c',
      interpolate: 'gated w_g',
      shift: 'shifted w̃',
      sharpen: 'final w',
      previous: 'previous w_prev',
      similarity: 'similarity K',
      key: 'key k',
      kernel: 'shift s',
      read: 'read r',
      erase: 'erase e',
      add: 'add a',
      slot: 'slot',
      readHead: 'read head',
      writeHead: 'write head',
      readHeat: 'read: w over time',
      writeHeat: 'write: w over time',
      time: 'time →',
    },
    captions: {
      content: 'Each slot is compared with the key by cosine similarity; β sharpens the comparison and softmax turns it into weights.',
      interpolate: 'The gate g blends the content weights with the previous step’s weights: g = 1 keeps only the content.',
      shift: 'The shift kernel s moves the focus circularly: each weight is spread to its neighbours by the offsets.',
      sharpen: 'Raising every weight to γ and renormalising sharpens the focus, undoing the blur of the shift.',
      read: 'The read vector is the weighted sum of the memory slots: the heads read everywhere, mostly where w is large.',
      write: 'Each slot is partly erased and then receives the add vector, in proportion to its weight.',
      writeSimple: 'Each slot moves towards the written vector in proportion to its weight (the lecture’s write).',
      readOnly: 'This head only reads: the memory stays as it was.',
      writeOnly: 'This head only writes: nothing is read at this step.',
    },
  },
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
