/**
 * Spanish messages of the Adaptive Computation Time chapter ("Tiempo de computación adaptativo" in the lecture,
 * with its words: presupuesto, sobrante). Typed against the English dictionary: a missing or extra key fails to
 * compile.
 */
import type { Widen } from './messages-en.ts';
import type { actEn } from './act-en.ts';

/** The shape of the chapter's messages (the keys of the English dictionary, each a string). */
export type ActMessages = Widen<typeof actEn>;

/** Spanish messages of the ACT chapter. */
export const actEs: ActMessages = {
  language: 'es',
  title: 'Tiempo de computación adaptativo',
  stages: { ponder: 'paso de reflexión', combine: 'combinación pesada' },
  params: {
    halting: 'Valores de parada h¹ h² … (escenarios a mano)',
    epsilon: 'Margen ε (para cuando Σh ≥ 1 − ε)',
    maxSteps: 'Máximo de pasos de reflexión (maxSteps)',
    seed: 'Semilla (escenarios con celda)',
    training: 'Punto de control del entrenamiento (0 = inicio)',
    inputs: 'Entradas de paridad (valores −1 0 1, entradas separadas por ;)',
  },
  parityVector: {
    notText: 'no es texto',
    rowCount: 'hay {n} entradas',
    allowed: 'de 1 a {max} entradas de {bits} valores −1, 0 o 1, separadas por «;»',
    badRow: 'entrada {row}: «{text}»',
    rowAllowed: '{bits} valores −1, 0 o 1 separados por espacios',
  },
  problems: {
    givenOnly: 'solo se aplica a los escenarios con valores a mano',
    givenAllowed: 'un escenario con valores de parada a mano (Un paso, Parada en el primer paso, Límite de pasos)',
    cellOnly: 'solo se aplica a los escenarios con celda',
    cellAllowed: 'un escenario con celda (Contar entradas, Celda con semilla, Paridad, entrenada)',
    trainedOnly: 'solo se aplica al escenario entrenado',
    trainedAllowed: 'el escenario «Paridad, entrenada»',
  },
  labels: {
    budget: 'presupuesto de 1',
    left: '1 − Σh = {value}',
    spent: 'Σh = {value}',
    threshold: '1 − ε = {value}',
    halting: 'h{n} = {value}',
    weight: 'p{n} = {value}',
    remainder: 'R = {value}',
    remainderOf: 'R = 1 − {spent} = {value}',
    overshoot: 'exceso {value}',
    halts: 'PARA: N = {n}',
    capped: 'cortado en maxSteps = {n}',
    ponderStep: 'paso de reflexión {n}',
    states: 'estados sⁿ',
    haltingBars: 'parada hⁿ',
    weights: 'pesos pⁿ',
    output: 's{t} = Σ pⁿ sⁿ',
    outputY: 'y{t} = Σ pⁿ yⁿ',
    input: 'x{t}',
    nonZero: '{k} no nulas',
    steps: 'N = {n}',
    cost: 'ρ = N + R = {n} + {r} = {value}',
    plotTitle: 'pasos de reflexión N por entrada',
    time: 'pasos de entrada →',
  },
  captions: {
    ponder: 'Paso de reflexión {n}: la celda actualiza su estado y su neurona sigmoide da h = {h}; el presupuesto de 1 baja a {left}.',
    ponderGiven: 'Paso de reflexión {n}: el valor de parada está dado a mano, h = {h} (no lo calcula ninguna celda); el presupuesto de 1 baja a {left}.',
    givenTex: 'dado a mano',
    ponderFirst:
      'Paso de reflexión 1 sobre la entrada {t}: la celda lee la entrada (con la marca de primer paso) y da h = {h}; el presupuesto de 1 baja a {left}.',
    halt: 'Σh = {sum} alcanza 1 − ε = {threshold}: el paso de entrada termina aquí, tras N = {n} pasos de reflexión. Su peso es el sobrante R = {r}, no h = {h}.',
    haltFirst: 'h¹ = {h} ya alcanza 1 − ε = {threshold}: un solo paso de reflexión, cuyo peso es todo el presupuesto R = 1.',
    capped: 'Σh = {sum} aún no llega a 1 − ε = {threshold}, pero se alcanza maxSteps = {n}: el paso se corta aquí y el sobrante R = {r} va a él.',
    combine: 'El estado de la entrada {t} es la media de los {n} estados de reflexión pesada por p (suman 1); el costo de reflexión es ρ = N + R = {cost}.',
  },
};
