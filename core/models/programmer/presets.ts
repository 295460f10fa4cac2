/**
 * The Neural Programmer's presets (README "The modules and their presets"). Each is written in the JSON scenario format and validated by
 * the same parser as a file, so a preset can never hold what a file could not.
 *
 * One table serves the questions (X and Y, eight rows); pivot 10 or 5:
 * - X > 10 in rows 1, 3, 4, 6 → "how many rows have X > 10?" is 4;
 * - X < 5 in rows 0, 2, 5 → "sum of Y where X < 5" is 7 + 12 + 14 = 33.
 */
import { parseProgrammerScenario, type ProgrammerScenario, type Question } from './scenario.ts';
import type { Provenance } from '../provenance.ts';

/** A preset's id, as `atenea trace <id>` and the app take it. */
export type ProgrammerPresetId = 'count-greater' | 'sum-lesser' | 'soft' | 'controller';

/** A named, validated scenario. */
export interface ProgrammerPreset {
  readonly id: ProgrammerPresetId;
  readonly name: { readonly es: string; readonly en: string };
  readonly scenario: ProgrammerScenario;
  /** The answer a reader should see at the last step (hard evaluation), for tests and captions. */
  readonly expectedAnswer?: number;
  /** Where the numbers come from, for the label on screen. */
  readonly provenance: Provenance;
  /** That label in the UI languages, e.g. "guionizado a mano". */
  readonly provenanceNote: { readonly es: string; readonly en: string };
}

const SCRIPTED = { provenance: 'scripted', provenanceNote: { es: 'programa guionizado a mano', en: 'program scripted by hand' } } as const;
/** The seeded controller has never been trained: its answers are those of random weights. */
const UNTRAINED = {
  provenance: 'random-untrained',
  provenanceNote: { es: 'pesos aleatorios, sin entrenar (controlador con semilla)', en: 'random weights, untrained (seeded controller)' },
} as const;

/** The presets' table: columns X and Y. */
export const PRESET_TABLE = {
  columns: ['X', 'Y'],
  rows: [
    [4, 7],
    [15, 3],
    [3, 12],
    [23, 5],
    [11, 9],
    [2, 14],
    [17, 1],
    [9, 6],
  ],
};

/** A pivot written as each language writes numbers (Spanish 2,5; English 2.5). */
function pivotText(pivot: number): { readonly es: string; readonly en: string } {
  const write = (language: 'es' | 'en') => new Intl.NumberFormat(language, { maximumFractionDigits: 6, useGrouping: false }).format(pivot);
  return { es: write('es'), en: write('en') };
}

/** "How many rows have X > p?" for a pivot p (the question names the pivot the program compares with). */
export function countGreaterQuestion(pivot: number): Question {
  const p = pivotText(pivot);
  return { es: `¿Cuántas filas tienen X > ${p.es}?`, en: `How many rows have X > ${p.en}?` };
}

/** "Sum of Y where X < p" for a pivot p. */
export function sumLesserQuestion(pivot: number): Question {
  const p = pivotText(pivot);
  return { es: `Suma de Y donde X < ${p.es}`, en: `Sum of Y where X < ${p.en}` };
}

/** Each preset's question, written from the pivot (so an edited pivot reads in the question). */
const QUESTIONS: Record<ProgrammerPresetId, (pivot: number) => Question> = {
  'count-greater': countGreaterQuestion,
  'sum-lesser': sumLesserQuestion,
  soft: countGreaterQuestion,
  controller: countGreaterQuestion,
};

/** The question of a preset (the first preset's for an unknown id) for a pivot. */
export function presetQuestion(id: string, pivot: number): Question {
  const make = (QUESTIONS as Record<string, ((pivot: number) => Question) | undefined>)[id] ?? countGreaterQuestion;
  return make(pivot);
}

/** Every preset, in the order the app lists them. */
export const PROGRAMMER_PRESETS: readonly ProgrammerPreset[] = [
  {
    id: 'count-greater',
    ...SCRIPTED,
    name: countGreaterQuestion(10),
    expectedAnswer: 4,
    scenario: parseProgrammerScenario({
      module: 'programmer',
      question: countGreaterQuestion(10),
      pivot: 10,
      table: PRESET_TABLE,
      program: {
        kind: 'hand',
        steps: [
          { op: 'greater', column: 'X' },
          { op: 'count', column: 'X' },
        ],
      },
    }),
  },
  {
    id: 'sum-lesser',
    ...SCRIPTED,
    name: sumLesserQuestion(5),
    expectedAnswer: 33,
    scenario: parseProgrammerScenario({
      module: 'programmer',
      question: sumLesserQuestion(5),
      pivot: 5,
      table: PRESET_TABLE,
      program: {
        kind: 'hand',
        steps: [
          { op: 'lesser', column: 'X' },
          { op: 'sum', column: 'Y' },
        ],
      },
    }),
  },
  {
    id: 'soft',
    ...SCRIPTED,
    name: { es: 'Programa suave: pesos repartidos', en: 'Soft program: spread weights' },
    // Hard: greater on X, then count = 4. Soft: 12.6178 (hand-computed in presets.test.ts).
    expectedAnswer: 4,
    scenario: parseProgrammerScenario({
      module: 'programmer',
      question: countGreaterQuestion(10),
      pivot: 10,
      table: PRESET_TABLE,
      program: {
        kind: 'hand',
        steps: [
          { op: { greater: 0.6, lesser: 0.25, reset: 0.1, and: 0.05 }, column: { X: 0.7, Y: 0.3 } },
          { op: { count: 0.55, sum: 0.3, difference: 0.15 }, column: { X: 0.2, Y: 0.8 } },
        ],
      },
    }),
  },
  {
    id: 'controller',
    ...UNTRAINED,
    name: { es: 'Controlador con semilla (T = 4)', en: 'Seeded controller (T = 4)' },
    scenario: parseProgrammerScenario({
      module: 'programmer',
      question: countGreaterQuestion(10),
      pivot: 10,
      table: PRESET_TABLE,
      program: { kind: 'controller', seed: 7, steps: 4, hidden: 8, sharpness: 3 },
    }),
  },
];

/** The ids of every preset. */
export const PROGRAMMER_PRESET_IDS: readonly ProgrammerPresetId[] = PROGRAMMER_PRESETS.map((p) => p.id);

/** A preset by id, or undefined. */
export function programmerPreset(id: string): ProgrammerPreset | undefined {
  return PROGRAMMER_PRESETS.find((p) => p.id === id);
}
