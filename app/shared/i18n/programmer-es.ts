/**
 * Spanish messages of the Neural Programmer chapter ("Programador neural" in the lecture). Typed against the
 * English dictionary: a missing or extra key fails to compile.
 */
import type { Widen } from './messages-en.ts';
import type { programmerEn } from './programmer-en.ts';

/** The shape of the chapter's messages (the keys of the English dictionary, each a string). */
export type ProgrammerMessages = Widen<typeof programmerEn>;

/** Spanish messages of the Neural Programmer chapter. */
export const programmerEs: ProgrammerMessages = {
  title: 'Programador neural',
  stages: {
    select: 'elegir operación y columna',
    sum: 'suma',
    count: 'contar',
    difference: 'diferencia',
    greater: 'mayor que',
    lesser: 'menor que',
    and: 'y',
    or: 'o',
    assign: 'asignar',
    reset: 'reiniciar',
    mix: 'mezcla',
  },
  operations: {
    sum: 'suma',
    count: 'contar',
    difference: 'diferencia',
    greater: 'mayor',
    lesser: 'menor',
    and: 'y',
    or: 'o',
    assign: 'asignar',
    reset: 'reiniciar',
  },
  params: {
    pivot: 'Pivote (el número de la pregunta)',
    steps: 'Pasos del programa T',
    spread: 'Reparto ε (0 = tal cual, 1 = uniforme)',
    op: 'Paso {t}: α_op (9 pesos: suma contar diferencia mayor menor y o asignar reiniciar)',
    column: 'Paso {t}: α_col (un peso por columna: {columns})',
    seed: 'Semilla del controlador',
    sharpness: 'Nitidez del controlador',
  },
  problems: {
    handOnly: 'solo se aplica a programas fijados a mano',
    handAllowed: 'un escenario fijado a mano (no el controlador con semilla)',
    controllerOnly: 'solo se aplica al controlador con semilla',
    controllerAllowed: 'el escenario del controlador con semilla',
    noStep: 'el programa tiene {steps} pasos',
    stepAllowed: 'un paso de 1 a {steps} (sube antes los pasos del programa T)',
  },
  labels: {
    question: 'Pregunta: {question}',
    pivot: 'pivote = {pivot}',
    operations: 'operaciones α_op',
    ownResults: 'el resultado propio de cada operación',
    rowSelectorIn: 'rs_{t−1}',
    rowSelectorOut: 'rs_t',
    columnWeight: 'α = {value}',
    columnSum: 'Σ = {value}',
    soft: 'Suave: mezcla por α',
    hard: 'Dura: solo el argmax',
    hardChoice: '{op} en {column}',
    hardMark: 'dura',
    scalar: 'escalar = {value}',
    rows: 'filas rs_t',
    lookup: 'consulta',
    pending: 'tras la mezcla',
  },
  captions: {
    select:
      'Paso {t} de {steps}: el controlador da un peso a cada una de las nueve operaciones (barras) y a cada columna (brillo); los mayores son {op} ({opWeight}) y la columna {column} ({columnWeight}).',
    sum: 'Suma añade cada columna sobre las filas seleccionadas; ponderada por $\\alpha_{\\text{col}}$ da {value}.',
    count: 'Contar suma el selector de filas: hay {value} filas seleccionadas.',
    difference: 'Diferencia resta el último escalar del de tres pasos atrás: {value}.',
    greater: 'Mayor que marca cada celda por encima del pivote {pivot}; ponderada por $\\alpha_{\\text{col}}$, cada fila recibe su parte de las marcas.',
    lesser: 'Menor que marca cada celda por debajo del pivote {pivot}; ponderada por $\\alpha_{\\text{col}}$, cada fila recibe su parte de las marcas.',
    and: 'Y conserva una fila solo donde la conservan los dos selectores anteriores (el mínimo).',
    or: 'O conserva una fila donde la conserva alguno de los selectores anteriores (el máximo).',
    assign: 'Asignar copia las filas seleccionadas a la respuesta de consulta, ponderadas por $\\alpha_{\\text{col}}$.',
    reset: 'Reiniciar vuelve a seleccionar todas las filas.',
    mix: 'Todas las operaciones se ejecutaron; mezclar sus resultados por α da el escalar suave {soft}, mientras que ejecutar solo el argmax ({hard}) da {hardValue}.',
  },
};
