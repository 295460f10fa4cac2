/**
 * The NTM presets a lecture starts from, each a plain {@link NtmScenario} (so a preset can be saved as a file,
 * edited and rerun). Names in the lecture's two languages.
 */
import type { LocalizedText } from '../../scenario/scenario-file.ts';
import { copyTaskScenario } from './copy-task.ts';
import type { NtmScenario } from './scenario.ts';
import { copyExamples } from './trained/copy-data.ts';
import { ntmCopyFile } from './trained/ntm-copy-file.ts';
import { trainedCopyScenario, type NtmTrainedScenario } from './trained/trained-scenario.ts';
import { ntmCopyModel } from './trained/weights.ts';
import type { Provenance } from '../provenance.ts';

/** A named starting scenario. */
export interface NtmPreset {
  /** Typed on the command line: `atenea trace lookup`. */
  readonly id: string;
  readonly name: LocalizedText;
  /** One sentence on what the preset shows. */
  readonly description: LocalizedText;
  readonly scenario: NtmScenario;
  /** Where the numbers come from, for the label on screen. */
  readonly provenance: Provenance;
  /** That label in the UI languages, e.g. "entrenado (…)" or "guionizado a mano". */
  readonly provenanceNote: LocalizedText;
  /** For a trained preset: the scenario file it expands from (rerun it with another input or checkpoint). */
  readonly trained?: NtmTrainedScenario;
}

/**
 * "Lookup at step t": the lecture's figure (Olah & Carter 2016, "En cada paso temporal la red escribe y lee
 * de toda la memoria"): one step from the query to the read and the write, N = 8 slots of M = 4, with the
 * lecture's simplified write. The key [1, 1, 0, 0] matches slot 2 exactly, slots 0, 1 and 5 in part; slot 7 is
 * empty (similarity 0); the gate keeps a little of the previous focus on slot 5; the shift blurs by ±1; γ = 2
 * sharpens again.
 */
const lookup: NtmScenario = {
  module: 'ntm',
  name: { en: 'Lookup at step t', es: 'Búsqueda en el paso t' },
  memory: [
    [1, 0, 0, 0],
    [0, 1, 0, 0],
    [1, 1, 0, 0],
    [0, 0, 1, 0],
    [0, 0, 1, 1],
    [1, 0, 1, 0],
    [0, 0, 0, 1],
    [0, 0, 0, 0],
  ],
  heads: [{ name: 'head', initialWeights: { oneHot: 5 } }],
  steps: [
    {
      head: 'head',
      role: 'read-write',
      write: 'simplified',
      key: [1, 1, 0, 0],
      beta: 5,
      gate: 0.8,
      shift: [0.1, 0.8, 0.1],
      gamma: 2,
      add: [0, 0, 0.5, 0.5],
      note: {
        en: 'Compare the key with every slot, blend with the last focus, shift, sharpen; read and write everywhere at once',
        es: 'Compara la clave con cada celda, mezcla con el foco anterior, desplaza, afila; lee y escribe en toda la memoria a la vez',
      },
    },
  ],
};

/** "Free play": one step with every parameter set by hand, on a seeded random memory of 8 × 4. */
const free: NtmScenario = {
  module: 'ntm',
  name: { en: 'Free play', es: 'Juego libre' },
  seed: 7,
  memory: { rows: 8, columns: 4, fill: 'random', min: -1, max: 1 },
  heads: [{ name: 'head', initialWeights: { oneHot: 0 } }],
  steps: [
    {
      head: 'head',
      role: 'read-write',
      write: 'erase-add',
      key: [1, 0.5, -0.5, 0],
      beta: 3,
      gate: 0.5,
      shift: [0.1, 0.8, 0.1],
      gamma: 1.5,
      erase: [0.5, 0.5, 0.5, 0.5],
      add: [1, -1, 1, -1],
    },
  ],
};

/** The sequence the trained preset copies: L = 6 vectors of 6 bits from seed 2026 (copy-data.ts). */
const trainedInput = copyExamples({ seed: 2026, count: 1, bits: 6, length: 6 })[0]!.sequence;
const copyTrained: NtmTrainedScenario = {
  module: 'ntm',
  name: { en: 'Copy task, trained', es: 'Tarea de copia, entrenada' },
  controller: { trained: 'ntm-copy' },
  input: trainedInput,
};

function trainedNote(): LocalizedText {
  const { card } = ntmCopyFile();
  return {
    en: `trained (LSTM controller, ${card.steps} steps of ${card.library}; copy task, lengths 1–${card.sizes.maxLength})`,
    es: `entrenado (controlador LSTM, ${card.steps} pasos con ${card.library}; tarea de copia, longitudes 1–${card.sizes.maxLength})`,
  };
}

const SCRIPTED = { en: 'scripted by hand', es: 'guionizado a mano' };

/** The presets, in menu order. */
export const NTM_PRESETS: readonly NtmPreset[] = Object.freeze([
  {
    id: 'lookup',
    name: lookup.name as LocalizedText,
    description: {
      en: 'One addressing step, from the query to the read and the write',
      es: 'Un paso de direccionamiento, de la consulta a la lectura y la escritura',
    },
    scenario: lookup,
    provenance: 'scripted',
    provenanceNote: SCRIPTED,
  },
  {
    id: 'copy',
    name: { en: 'Copy task', es: 'Tarea de copia' },
    description: {
      en: 'Write 8 random 8-bit vectors moving +1, find the start by content, read them back (Graves et al. 2014, §4.1)',
      es: 'Escribe 8 vectores aleatorios de 8 bits avanzando +1, busca el inicio por contenido y los vuelve a leer (Graves et al. 2014, §4.1)',
    },
    scenario: copyTaskScenario(),
    provenance: 'scripted',
    provenanceNote: {
      en: 'scripted controller (the access pattern written by hand)',
      es: 'controlador guionizado (el patrón de acceso escrito a mano)',
    },
  },
  {
    id: 'free',
    name: free.name as LocalizedText,
    description: { en: 'Every parameter by hand', es: 'Todos los parámetros a mano' },
    scenario: free,
    provenance: 'scripted',
    provenanceNote: { en: 'every parameter set by hand', es: 'todos los parámetros puestos a mano' },
  },
  {
    id: 'copy-trained',
    name: copyTrained.name as LocalizedText,
    description: {
      en: 'The LSTM controller trained here sets every head parameter: it writes 6 vectors of 6 bits and reads them back (Graves et al. 2014, Figs. 3–6)',
      es: 'El controlador LSTM entrenado aquí fija cada parámetro de los cabezales: escribe 6 vectores de 6 bits y los vuelve a leer (Graves et al. 2014, figs. 3–6)',
    },
    scenario: trainedCopyScenario(ntmCopyModel(ntmCopyFile()), trainedInput, copyTrained.name as LocalizedText),
    provenance: 'trained',
    provenanceNote: trainedNote(),
    trained: copyTrained,
  },
]);

/** The preset with this id, or undefined. */
export function ntmPreset(id: string): NtmPreset | undefined {
  return NTM_PRESETS.find((p) => p.id === id);
}
