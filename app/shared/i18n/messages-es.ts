import { ntmEs } from './ntm-es.ts';
import { recorderEs } from './recorder-es.ts';
import { themeEs } from './theme-es.ts';
import { lessonEs } from './lesson-es.ts';
import { actEs } from './act-es.ts';
import type { Messages } from './messages-en.ts';
import { programmerEs } from './programmer-es.ts';
import { focusEs } from './focus-es.ts';
import { attentionEs } from './attention-es.ts';

/** Spanish messages (the lecture's language). Typed as {@link Messages}: a missing key fails to compile. */
export const es: Messages = {
  app: { title: 'Atenea' },
  language: { label: 'Idioma', es: 'Español', en: 'English' },
  backend: {
    webgpu: 'Cálculo y dibujo: WebGPU en {adapter}',
    webgpuSoftware: 'Cálculo y dibujo: WebGPU en un adaptador por software ({adapter}), lento',
    cpu: 'Sin adaptador WebGPU: cálculo con la referencia float64 (CPU), dibujo con WebGL2',
    cpuForced: 'WebGPU desactivado (--gpu=cpu): cálculo con la referencia float64 (CPU), dibujo con WebGL2',
    cpuComputeOnly: 'Cálculo con la referencia float64 (CPU) tras un fallo de la GPU; dibujo con WebGPU en {adapter}',
    deviceLost:
      'Se perdió el dispositivo GPU: se conserva la traza en pantalla; el próximo cálculo pide un dispositivo nuevo o usa la referencia float64 (CPU)',
    deviceLostCpu: 'Se perdió el dispositivo GPU: cálculo con la referencia float64 (CPU); se conserva la traza en pantalla',
    deviceReplaced: 'Se perdió el dispositivo GPU y se sustituyó: cálculo con WebGPU en un dispositivo nuevo ({adapter})',
    viewRebuilt: 'la vista 3D se reconstruyó y dibuja con {draw}',
    relaunch: 'Reiniciar con Vulkan (X11)',
  },
  playback: {
    play: 'Reproducir',
    pause: 'Pausa',
    stepForward: 'Paso siguiente',
    stepBack: 'Paso anterior',
    first: 'Primer paso',
    last: 'Último paso',
    timeline: 'Línea de tiempo',
    speed: 'Velocidad',
    frameLabel: 'paso {step}/{steps} · {stage}',
    noTrace: 'sin traza',
  },
  view: {
    label: 'Vista 3D del modelo',
    resetCamera: 'Reiniciar cámara (R)',
    help: 'Espacio reproducir · ←/→ paso · Inicio/Fin · R cámara',
  },
  presets: { label: 'Escenario' },
  params: {
    title: 'Parámetros',
    stepTitle: 'Parámetros del paso {t}',
    invalid: '{field}: {problem}. Permitido: {allowed}.',
    keptPrevious: 'El resultado anterior sigue en pantalla.',
    computing: 'Calculando…',
    notParameter: 'no es un parámetro',
    vectorHint: 'números separados por espacios',
  },
  ntm: ntmEs,
  programmer: programmerEs,
  focus: focusEs,
  attention: attentionEs,
  act: actEs,
  recorder: recorderEs,
  theme: themeEs,
  lesson: lessonEs,
  errors: { noWebgl: 'Este navegador no puede dibujar ni con WebGPU ni con WebGL2.', failed: 'Algo salió mal: {message}' },
};
