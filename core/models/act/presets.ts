/**
 * The ACT presets: ids, names in Spanish and English, validated scenarios, and where each one's numbers come
 * from (README, "Trained models").
 */
import type { LocalizedText } from '../../scenario/scenario-file.ts';
import { parityInputs } from './parity.ts';
import { parseActScenario, type ActScenario } from './scenario.ts';
import { trainedActFile } from './trained/registry.ts';
import type { Provenance } from '../provenance.ts';

/** A preset: an id for files and the command line, names for the menus, a scenario, its provenance. */
export interface ActPreset {
  /** kebab-case, unique among all modules' presets. */
  readonly id: string;
  readonly name: LocalizedText;
  /** One sentence for the lecturer. */
  readonly description: LocalizedText;
  readonly scenario: ActScenario;
  /** Where the numbers come from, for the label on screen. */
  readonly provenance: Provenance;
  /** That label in the UI languages, e.g. "entrenado (…)" or "guionizado a mano". */
  readonly provenanceNote: LocalizedText;
}

const SCRIPTED: LocalizedText = { es: 'guionizado a mano', en: 'scripted by hand' };
const RANDOM: LocalizedText = { es: 'pesos aleatorios, sin entrenar', en: 'random weights, untrained' };

function preset(
  id: string,
  name: ActPreset['name'],
  description: ActPreset['description'],
  scenario: unknown,
  provenance: Provenance = 'scripted',
  provenanceNote: LocalizedText = SCRIPTED,
): ActPreset {
  return Object.freeze({
    id,
    name,
    description,
    scenario: parseActScenario({ name, ...(scenario as object) }),
    provenance,
    provenanceNote,
  });
}

/**
 * "One step": the walk-through of Olah & Carter 2016 (Distill), one input step with hand-set halting values
 * the lecturer can edit: 0.1 + 0.3 + 0.2 = 0.6 < 0.99, then 0.6 + 0.5 = 1.1 ≥ 0.99 halts at N = 4 with the
 * remainder R = 1 − 0.6 = 0.4 (not h⁴ = 0.5) on the last step; ρ = 4.4.
 */
export const oneStepPreset = preset(
  'one-step',
  { es: 'Un paso', en: 'One step' },
  {
    es: 'Cuatro pasos de reflexión con valores de parada a mano: el presupuesto de 1 se agota y el sobrante va al último paso.',
    en: 'Four ponder steps with hand-set halting values: the budget of 1 drains and the remainder goes to the last step.',
  },
  {
    module: 'act',
    source: 'given',
    epsilon: 0.01,
    maxSteps: 100,
    steps: [
      {
        halting: [0.1, 0.3, 0.2, 0.5],
        states: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
          [1, 1, 0],
        ],
        outputs: [
          [0.2, 0.8],
          [0.4, 0.6],
          [0.7, 0.3],
          [0.9, 0.1],
        ],
      },
    ],
  },
);

/**
 * "Count entries" (id `parity`, kept for saved lessons and links): the inputs of Graves's parity task (2016 §3.1),
 * eight entries with 1 … 8 of them non-zero, through the hand-set cell of parity.ts, whose output is the COUNT
 * of non-zero entries (not the parity) and whose ponder steps grow with it.
 */
export const parityPreset = preset(
  'parity',
  { es: 'Contar entradas', en: 'Count entries' },
  {
    es: 'Una celda puesta a mano cuenta las entradas no nulas de las entradas de la tarea de paridad: cuantas más, más pasos de reflexión.',
    en: 'A hand-set cell counts the non-zero entries of parity-task inputs: the more there are, the more ponder steps.',
  },
  { module: 'act', source: 'cell', epsilon: 0.01, maxSteps: 100, cell: { kind: 'parity', bits: 8 }, inputs: parityInputs(8, 2016) },
);

/** Edge case: h¹ = 0.995 ≥ 1 − ε halts at the first step, and p¹ = R = 1, not 0.995. */
export const haltFirstPreset = preset(
  'halt-first',
  { es: 'Parada en el primer paso', en: 'Halting at the first step' },
  {
    es: 'h¹ ya supera 1 − ε: un solo paso, y su peso es el sobrante R = 1, no h¹.',
    en: 'h¹ already reaches 1 − ε: a single step, whose weight is the remainder R = 1, not h¹.',
  },
  {
    module: 'act',
    source: 'given',
    epsilon: 0.01,
    maxSteps: 100,
    steps: [
      {
        halting: [0.995, 0.5],
        states: [
          [0.5, -0.25, 1],
          [1, 1, 1],
        ],
        outputs: [[0.8], [0.1]],
      },
    ],
  },
);

/** Edge case: the halting values stay small and the step is cut at maxSteps = 5 with R = 1 − 0.4 = 0.6. */
export const maxStepsPreset = preset(
  'max-steps',
  { es: 'Límite de pasos', en: 'Hitting maxSteps' },
  {
    es: 'Los valores de parada son pequeños: el paso se corta en maxSteps = 5 y el sobrante es grande.',
    en: 'The halting values stay small: the step is cut at maxSteps = 5 and the remainder is large.',
  },
  {
    module: 'act',
    source: 'given',
    epsilon: 0.01,
    maxSteps: 5,
    steps: [
      {
        halting: [0.1, 0.05, 0.15, 0.1, 0.1, 0.2],
        states: [
          [1, 0, 0],
          [0.5, 0.5, 0],
          [0, 1, 0],
          [0, 0.5, 0.5],
          [0, 0, 1],
          [1, 1, 1],
        ],
      },
    ],
  },
);

/** A seeded cell pondering over a short sequence: what an untrained ACT network does (b_h = 1). */
export const seededCellPreset = preset(
  'seeded-cell',
  { es: 'Celda con semilla', en: 'Seeded cell' },
  {
    es: 'Una celda recurrente con pesos aleatorios (semilla fija) reflexiona sobre cinco entradas.',
    en: 'A recurrent cell with seeded random weights ponders over five inputs.',
  },
  {
    module: 'act',
    source: 'cell',
    epsilon: 0.01,
    maxSteps: 100,
    cell: { kind: 'seeded', seed: 7, stateSize: 4, outputSize: 2, haltingBias: -1 },
    inputs: [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [1, 1, 0],
      [1, 1, 1],
    ],
  },
  'random-untrained',
  RANDOM,
);

function trainedNote(): LocalizedText {
  const { card } = trainedActFile('act-parity');
  const accuracy = `${(card.heldOut.accuracy * 100).toFixed(1)}%`;
  return {
    es: `entrenado (celda ACT, ${card.steps} pasos de Adam con ${card.library}; acierto ${accuracy} en ${card.heldOut.cases} casos nuevos)`,
    en: `trained (ACT cell, ${card.steps} Adam steps with ${card.library}; ${accuracy} correct on ${card.heldOut.cases} fresh cases)`,
  };
}

/**
 * "Parity, trained" (Graves 2016 §3.1): the cell trained by train/act-parity on the parity of the number of +1
 * entries, on eight inputs with 1 … 8 non-zero entries; each input is its own one-step sequence. Its output
 * y is the logit of "odd" (σ(y) the probability); the ponder steps per input are what it learned.
 */
export const parityTrainedPreset = preset(
  'parity-trained',
  { es: 'Paridad, entrenada', en: 'Parity, trained' },
  {
    es: 'Una celda ACT entrenada aquí en la tarea de paridad de Graves (2016): su salida es la paridad, y reflexiona más en las entradas con más valores no nulos.',
    en: "An ACT cell trained here on Graves's (2016) parity task: its output is the parity, and it ponders longer on inputs with more non-zero entries.",
  },
  {
    module: 'act',
    source: 'cell',
    epsilon: 0.01,
    maxSteps: trainedActFile('act-parity').card.sizes.maxSteps,
    cell: { kind: 'trained', model: 'act-parity' },
    inputs: parityInputs(8, 2016),
  },
  'trained',
  trainedNote(),
);

/** Every ACT preset, in menu order. */
export const actPresets: readonly ActPreset[] = [oneStepPreset, parityPreset, haltFirstPreset, maxStepsPreset, seededCellPreset, parityTrainedPreset];

/** The preset with this id, or undefined. */
export function findActPreset(id: string): ActPreset | undefined {
  return actPresets.find((p) => p.id === id);
}
