/**
 * The ACT presets (README "The modules and their presets"): ids, names in Spanish and English, and validated scenarios.
 */
import type { LocalizedText } from '../../scenario/scenario-file.ts';
import { parityInputs } from './parity.ts';
import { parseActScenario, type ActScenario } from './scenario.ts';

/** A preset: an id for files and the command line, names for the menus, a scenario. */
export interface ActPreset {
  /** kebab-case, unique among all modules' presets. */
  readonly id: string;
  readonly name: LocalizedText;
  /** One sentence for the lecturer. */
  readonly description: LocalizedText;
  readonly scenario: ActScenario;
}

function preset(id: string, name: ActPreset['name'], description: ActPreset['description'], scenario: unknown): ActPreset {
  return Object.freeze({ id, name, description, scenario: parseActScenario({ name, ...(scenario as object) }) });
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
 * "Parity" (Graves 2016 §3.1): eight-entry inputs with 1 … 8 non-zero entries and the hand-set parity cell
 * (parity.ts), so the ponder steps per input grow with the number of non-zero entries.
 */
export const parityPreset = preset(
  'parity',
  { es: 'Paridad', en: 'Parity' },
  {
    es: 'La tarea de paridad de Graves (2016): cuantas más entradas no nulas, más pasos de reflexión.',
    en: "Graves's (2016) parity task: the more non-zero entries, the more ponder steps.",
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
    steps: [{ halting: [0.995, 0.5], states: [[0.5, -0.25, 1], [1, 1, 1]], outputs: [[0.8], [0.1]] }],
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
);

/** Every ACT preset, in menu order. */
export const actPresets: readonly ActPreset[] = [oneStepPreset, parityPreset, haltFirstPreset, maxStepsPreset, seededCellPreset];

/** The preset with this id, or undefined. */
export function findActPreset(id: string): ActPreset | undefined {
  return actPresets.find((p) => p.id === id);
}
