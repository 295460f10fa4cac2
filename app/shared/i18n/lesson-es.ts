import type { lessonEn } from './lesson-en.ts';
import type { Widen } from './messages-en.ts';

/** Spanish messages of lecture mode; typed from the English ones, so a missing key fails to compile. */
export const lessonEs: Widen<typeof lessonEn> = {
  start: {
    heading: 'Atenea',
    lesson: 'Dar la clase',
    resume: 'Continuar donde lo dejé',
    resumeAt: 'diapositiva {slide} de {slides}',
    explore: 'Explorar un módulo libremente',
  },
  counter: '{slide} / {slides}',
  counterLabel: 'Diapositiva {slide} de {slides}: abrir la vista general (G)',
  overview: 'Todas las diapositivas',
  jumpTo: 'Ir a la diapositiva {slide}',
  help: 'Teclas',
  panel: 'Panel lateral (P)',
  kinds: { title: 'Título', agenda: 'Temas', text: 'Texto', simulation: 'Simulación' },
  keys: {
    next: '→ · AvPág · clic: siguiente cuadro, luego siguiente diapositiva',
    prev: '← · RePág: atrás (entre diapositivas)',
    space: 'Espacio: siguiente (en pausa)',
    firstLast: 'Inicio / Fin: primera / última diapositiva',
    jump: 'número y Intro: ir a esa diapositiva',
    blank: 'B o .: pantalla en negro (cualquier tecla la devuelve)',
    overview: 'G o el contador: vista general',
    laser: 'L: puntero láser',
    fullscreen: 'F o F5: pantalla completa (Esc sale)',
    panel: 'P: mostrar u ocultar el panel lateral',
    play: 'Espacio mientras reproduce: pausa',
    camera: 'R: restablecer la cámara',
    help: '?: esta lista (Esc la cierra)',
  },
};
