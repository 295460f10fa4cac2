/**
 * The application menu's words in both UI languages (the menu follows the language chosen in the page: the
 * renderer reports it over `menu:language` and main rebuilds the menu).
 */

/** A UI language, as the renderer reports it. */
export type MenuLanguage = 'es' | 'en';

/** True for a language the menu has words for. */
export function isMenuLanguage(value: unknown): value is MenuLanguage {
  return value === 'es' || value === 'en';
}

/** The menu's labels: English is the reference shape. */
const en = {
  file: 'File',
  quit: 'Quit',
  close: 'Close window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  resetCamera: 'Reset camera',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullscreen: 'Toggle full screen',
  reload: 'Reload',
  devTools: 'Developer tools',
  playback: 'Playback',
  playPause: 'Play / pause',
  stepForward: 'Step forward',
  stepBack: 'Step back',
  firstFrame: 'First frame',
  lastFrame: 'Last frame',
  window: 'Window',
  minimize: 'Minimize',
  help: 'Help',
  article: 'Attention and Augmented RNNs (Distill)',
};

/** The words of one language. */
export type MenuWords = typeof en;

const es: MenuWords = {
  file: 'Archivo',
  quit: 'Salir',
  close: 'Cerrar ventana',
  edit: 'Edición',
  undo: 'Deshacer',
  redo: 'Rehacer',
  cut: 'Cortar',
  copy: 'Copiar',
  paste: 'Pegar',
  selectAll: 'Seleccionar todo',
  view: 'Ver',
  resetCamera: 'Restablecer la cámara',
  resetZoom: 'Tamaño real',
  zoomIn: 'Ampliar',
  zoomOut: 'Reducir',
  fullscreen: 'Pantalla completa',
  reload: 'Recargar',
  devTools: 'Herramientas de desarrollo',
  playback: 'Reproducción',
  playPause: 'Reproducir / pausa',
  stepForward: 'Paso adelante',
  stepBack: 'Paso atrás',
  firstFrame: 'Primer fotograma',
  lastFrame: 'Último fotograma',
  window: 'Ventana',
  minimize: 'Minimizar',
  help: 'Ayuda',
  article: 'Attention and Augmented RNNs (Distill, en inglés)',
};

/** The menu's words in a language. */
export function menuWords(language: MenuLanguage): MenuWords {
  return language === 'es' ? es : en;
}

/** The language to start the menu in before the page reports its own: Spanish for an `es-*` system locale. */
export function menuLanguageForLocale(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'es';
}
