/**
 * The presets of the attention chapters, each a plain scenario (so a preset can be saved as a file, edited and
 * rerun), with names in the lecture's two languages:
 * - module `focus` (the definition): `moon` (the night sky and a soft spot on the moon), `sentence` (a Spanish
 *   sentence and a linear attention vector);
 * - module `attention`: `translation` (Bahdanau et al. 2014 Fig. 3, from Distill), `speech` (Listen, Attend and
 *   Spell, from Distill), `compute` (scores computed live: dot, general or additive).
 */
import type { LocalizedText } from '../../scenario/scenario-file.ts';
import type { AttentionScenario } from './attention-scenario.ts';
import { computeScenario } from './compute-preset.ts';
import { speechAlignment, translationAlignment, type AlignmentData } from './data.ts';
import { MOON } from './focus.ts';
import { REORDER_SPLIT_SEED, splitReorderPairs } from './reorder-data.ts';
import { reorderFile, reorderScenario } from './trained/reorder-scenario.ts';
import type { FocusScenario } from './focus-scenario.ts';
import type { Provenance } from '../provenance.ts';

/** A named starting scenario. */
export interface Preset<Scenario> {
  /** Typed on the command line: `atenea trace translation`. */
  readonly id: string;
  readonly name: LocalizedText;
  /** One sentence on what the preset shows. */
  readonly description: LocalizedText;
  readonly scenario: Scenario;
  /** Where the numbers come from, for the label on screen. */
  readonly provenance: Provenance;
  /** That label in the UI languages, e.g. "datos de Distill (redondeados)". */
  readonly provenanceNote: LocalizedText;
}

const SCRIPTED = { provenance: 'scripted', provenanceNote: { en: 'scripted by hand', es: 'guionizado a mano' } } as const;
const DISTILL = {
  provenance: 'distill-data',
  provenanceNote: { en: 'Distill data (rounded)', es: 'datos de Distill (redondeados)' },
} as const;
const UNTRAINED = {
  provenance: 'random-untrained',
  provenanceNote: {
    en: 'random weights, untrained (each query built from its aligned word)',
    es: 'pesos aleatorios, sin entrenar (cada consulta se construye a partir de su palabra alineada)',
  },
} as const;

function alignmentScenario(data: AlignmentData, name: LocalizedText): AttentionScenario {
  return {
    module: 'attention',
    name,
    kind: 'alignment',
    inputTokens: [...data.inputTokens],
    outputTokens: [...data.outputTokens],
    weights: data.weights.map((r) => [...r]),
  };
}

/** The `focus` presets (the lecture's definition). */
export const FOCUS_PRESETS: readonly Preset<FocusScenario>[] = Object.freeze([
  {
    id: 'moon',
    name: { en: 'Attention on the moon', es: 'Atención sobre la luna' },
    description: {
      en: 'To fix attention on the moon, the mask gives its pixels high values and the rest near zero; the image times the mask, pixel by pixel.',
      es: 'Para fijar la atención sobre la luna, la máscara asigna valores altos a sus píxeles y anula los demás; la imagen por la máscara, píxel a píxel.',
    },
    ...SCRIPTED,
    scenario: {
      module: 'focus',
      name: { en: 'Attention on the moon', es: 'Atención sobre la luna' },
      kind: 'image',
      width: 320,
      height: 180,
      seed: 2016,
      mask: { kind: 'spot', x: MOON.x, y: MOON.y, radius: MOON.radius, softness: 0.03 },
    },
  },
  {
    id: 'sentence',
    name: { en: 'Attention on a sentence', es: 'Atención sobre una frase' },
    description: {
      en: 'For a text the attention is a linear vector: one weight per token, multiplying it.',
      es: 'Para texto el vector de atención es lineal: un peso por palabra, que la multiplica.',
    },
    ...SCRIPTED,
    scenario: {
      module: 'focus',
      name: { en: 'Attention on a sentence', es: 'Atención sobre una frase' },
      kind: 'text',
      tokens: ['Para', 'fijar', 'la', 'atención', 'sobre', 'la', 'luna'],
      attention: [0.05, 0.3, 0.02, 0.9, 0.1, 0.05, 1],
    },
  },
]);

function trainedNote(): LocalizedText {
  const { card } = reorderFile();
  const exact = `${(card.heldOut.exactMatch * 100).toFixed(0)}%`;
  return {
    en: `trained (encoder–decoder with additive attention, ${card.steps} Adam steps with ${card.library}; ${exact} exact on ${card.heldOut.phrases} held-out phrases)`,
    es: `entrenado (codificador–decodificador con atención aditiva, ${card.steps} pasos de Adam con ${card.library}; ${exact} exactas en ${card.heldOut.phrases} frases no vistas)`,
  };
}

/** The trained preset's phrase: the first held-out phrase with two adjectives, one the model never saw. */
export const REORDER_PRESET_PHRASE = splitReorderPairs(REORDER_SPLIT_SEED)
  .heldOut.find((p) => p.source.length === 6)!
  .source.slice(0, -1)
  .join(' ');

/** The `attention` presets (attentional interfaces). */
export const ATTENTION_PRESETS: readonly Preset<AttentionScenario>[] = Object.freeze([
  {
    id: 'translation',
    name: { en: 'Translation English → French', es: 'Traducción inglés → francés' },
    description: {
      en: 'Each French word attends to the English words it translates (Bahdanau et al. 2014, Fig. 3): note “zone économique européenne”.',
      es: 'Cada palabra francesa atiende a las inglesas que traduce (Bahdanau et al. 2014, fig. 3): observa «zone économique européenne».',
    },
    ...DISTILL,
    scenario: alignmentScenario(translationAlignment(), { en: 'Translation English → French', es: 'Traducción inglés → francés' }),
  },
  {
    id: 'speech',
    name: { en: 'Speech recognition', es: 'Reconocimiento de voz' },
    description: {
      en: 'Listen, Attend and Spell (Chan et al. 2015): each character attends to the audio frames that sound like it.',
      es: 'Escuchar, atender y deletrear (Chan et al. 2015): cada carácter atiende a los fragmentos de audio que suenan como él.',
    },
    ...DISTILL,
    scenario: alignmentScenario(speechAlignment(), { en: 'Speech recognition', es: 'Reconocimiento de voz' }),
  },
  {
    id: 'compute',
    name: { en: 'Compute it: dot, general, additive', es: 'Calcúlalo: producto, general, aditiva' },
    description: {
      en: 'A small seeded encoder and decoder translate “el gato negro duerme en la casa azul”; switch the score function and watch the weights change.',
      es: 'Un pequeño codificador y decodificador con semilla traducen «el gato negro duerme en la casa azul»; cambia la función de puntuación y mira cómo cambian los pesos.',
    },
    ...UNTRAINED,
    scenario: computeScenario(),
  },
  {
    id: 'reorder-trained',
    name: { en: 'Reordering, trained', es: 'Reordenación, entrenada' },
    description: {
      en: `An encoder–decoder trained here translates “${REORDER_PRESET_PHRASE}”, a phrase it never saw: the learned alignment puts the adjectives before the noun.`,
      es: `Un codificador–decodificador entrenado aquí traduce «${REORDER_PRESET_PHRASE}», una frase que nunca vio: la alineación aprendida pone los adjetivos antes del nombre.`,
    },
    provenance: 'trained',
    provenanceNote: trainedNote(),
    scenario: reorderScenario(REORDER_PRESET_PHRASE, undefined, { en: 'Reordering, trained', es: 'Reordenación, entrenada' }),
  },
]);

/** The `focus` preset with this id, or undefined. */
export function focusPreset(id: string): Preset<FocusScenario> | undefined {
  return FOCUS_PRESETS.find((p) => p.id === id);
}

/** The `attention` preset with this id, or undefined. */
export function attentionPreset(id: string): Preset<AttentionScenario> | undefined {
  return ATTENTION_PRESETS.find((p) => p.id === id);
}
