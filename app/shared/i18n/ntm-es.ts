/**
 * Spanish messages of the Neural Turing Machine chapter ("Máquinas de Turing neurales" in the lecture). Typed
 * against the English dictionary: a missing or extra key fails to compile.
 */
import type { Widen } from './messages-en.ts';
import type { ntmEn } from './ntm-en.ts';

/** The shape of the chapter's messages (the keys of the English dictionary, each a string). */
export type NtmMessages = Widen<typeof ntmEn>;

/** Spanish messages of the NTM chapter. */
export const ntmEs: NtmMessages = {
  title: 'Máquina de Turing neural',
  presets: { lookup: 'Búsqueda en el paso t', copy: 'Tarea de copia', free: 'Juego libre', copyTrained: 'Tarea de copia, entrenada' },
  params: {
    scope: 'Los cambios se aplican a',
    N: 'Celdas N',
    M: 'Ancho de celda M',
    key: 'Clave k',
    beta: 'Intensidad de la clave β',
    gate: 'Compuerta g',
    shiftWidth: 'Ancho del corrimiento',
    shift: 'Filtro de corrimiento s',
    gamma: 'Afilado γ',
    erase: 'Borrado e',
    add: 'Suma a',
    steps: 'Pasos de tiempo',
    training: 'Punto de control del entrenamiento (0 = inicio)',
    input: 'Bits a copiar (filas de 0/1)',
    seed: 'Semilla',
  },
  scopes: { step: 'solo el paso en pantalla', all: 'todos los pasos' },
  stages: {
    content: 'contenido',
    interpolate: 'interpolación',
    shift: 'corrimiento',
    sharpen: 'afilado',
    read: 'lectura',
    write: 'escritura',
  },
  rows: {
    memory: 'Memoria M',
    content: 'contenido w_c',
    interpolate: 'interpolada w_g',
    shift: 'corrida w̃',
    sharpen: 'final w',
    previous: 'anterior w_prev',
    similarity: 'similitud K',
    key: 'clave k',
    kernel: 'corrimiento s',
    read: 'lectura r',
    erase: 'borrado e',
    add: 'suma a',
    slot: 'celda',
    readHead: 'cabezal de lectura',
    writeHead: 'cabezal de escritura',
    readHeat: 'lectura: w en el tiempo',
    writeHeat: 'escritura: w en el tiempo',
    time: 'tiempo →',
    everySlot: '{value} en cada celda',
  },
  captions: {
    content: 'Cada celda se compara con la clave por similitud coseno; β acentúa la comparación y softmax la convierte en pesos.',
    interpolate: 'La compuerta g mezcla los pesos por contenido con los del paso anterior: g = 1 conserva solo el contenido.',
    shift: 'El filtro s desplaza el foco de forma circular: cada peso se reparte a sus vecinas según los desplazamientos.',
    sharpen: 'Elevar cada peso a γ y renormalizar afila el foco y deshace el desenfoque del corrimiento.',
    read: 'El vector leído es la suma ponderada de las celdas: se lee en toda la memoria, sobre todo donde w es grande.',
    write: 'Cada celda se borra en parte y luego recibe el vector de suma, en proporción a su peso.',
    writeSimple: 'Cada celda se acerca al vector escrito en proporción a su peso (la escritura de la clase).',
    readOnly: 'Este cabezal solo lee: la memoria queda como estaba.',
    writeOnly: 'Este cabezal solo escribe: en este paso no se lee nada.',
  },
  training: {
    step: 'paso de entrenamiento',
  },
  bitPattern: {
    notText: 'no es texto',
    rowCount: 'hay {n} filas',
    allowed: 'de 1 a {max} filas de {bits} caracteres 0 o 1, separadas por espacios',
    badRow: 'fila {row}: "{text}"',
    rowAllowed: '{bits} caracteres 0 o 1 en cada fila',
  },
  problems: {
    noStep: 'no hay paso {t}',
    stepAllowed: 'un paso de 1 a {steps}',
    trainedOnly: 'solo lo tiene el escenario entrenado',
    trainedAllowed: 'el escenario «Tarea de copia, entrenada»',
    scriptedOnly: 'lo fija el controlador entrenado',
    scriptedAllowed: 'los escenarios Búsqueda, Tarea de copia y Juego libre',
  },
};
