/**
 * The parameters of the trained copy NTM preset (`copy-trained`, README "Trained models"): the training
 * checkpoint (0 … 5, the saved snapshots from the first training step to the last) and the bit pattern to copy,
 * typed as rows of 0/1 separated by spaces ("101100 011010"). The scenario is the trained-scenario file the core
 * expands (core/models/ntm/trained/trained-scenario.ts), so the panel and a scenario file cannot disagree.
 */
import { ValidationError } from '#core/scenario/validate.ts';
import { ntmPreset } from '#core/models/ntm/presets.ts';
import type { NtmScenario } from '#core/models/ntm/scenario.ts';
import { ntmCopyFile } from '#core/models/ntm/trained/ntm-copy-file.ts';
import { MAX_TRAINED_COPY_LENGTH, expandTrainedScenario } from '#core/models/ntm/trained/trained-scenario.ts';
import { format, type Messages } from '#app/shared/i18n/i18n.ts';
import type { ParamValue, Parameters } from '../../state/scenario-slice.ts';
import { numberRule, type ParamRow, type PresetScope } from '../param-table.ts';

/** The id of the trained preset. */
export const TRAINED_PRESET = 'copy-trained';
/** Names of its parameters, in panel order. */
export const TRAINED_PARAM_NAMES = ['training', 'input'] as const;

/** Whether a preset is driven by the trained controller. */
export function isTrainedPreset(preset: string): boolean {
  return preset === TRAINED_PRESET;
}

/** The parameters of the trained preset only. */
export const TRAINED_ONLY: PresetScope = {
  presets: isTrainedPreset,
  refusal: (m) => ({
    problem: m.ntm.problems.trainedOnly,
    allowed: m.ntm.problems.trainedAllowed,
  }),
};
/** The parameters the trained controller sets itself (every addressing and structural parameter). */
export const SCRIPTED_ONLY: PresetScope = {
  presets: (p) => !isTrainedPreset(p),
  refusal: (m) => ({
    problem: m.ntm.problems.scriptedOnly,
    allowed: m.ntm.problems.scriptedAllowed,
  }),
};

/** Rows of bits as the panel shows them: "101100 011010". */
export function formatBits(rows: readonly (readonly number[])[]): string {
  return rows.map((r) => r.join('')).join(' ');
}

/** The words of a bit-pattern refusal (templates with {max}, {bits}, {n}, {row}, {text}); English by default. */
export interface BitPatternWords {
  readonly notText: string;
  readonly rowCount: string;
  readonly allowed: string;
  readonly badRow: string;
  readonly rowAllowed: string;
}

const ENGLISH_WORDS: BitPatternWords = {
  notText: 'not text',
  rowCount: 'got {n} rows',
  allowed: '1 to {max} rows of {bits} characters 0 or 1, separated by spaces',
  badRow: 'row {row}: got "{text}"',
  rowAllowed: '{bits} characters 0 or 1 in every row',
};

/** Parses a typed bit pattern into rows of `bits` zeros and ones; a bad row is named with what is allowed. */
export function parseBitPattern(value: ParamValue, name: string, bits: number, words: BitPatternWords = ENGLISH_WORDS): number[][] {
  const allowed = format(words.allowed, { max: MAX_TRAINED_COPY_LENGTH, bits });
  if (typeof value !== 'string') throw new ValidationError(name, words.notText, allowed);
  const rows = value
    .trim()
    .split(/\s+/)
    .filter((r) => r !== '');
  if (rows.length < 1 || rows.length > MAX_TRAINED_COPY_LENGTH) throw new ValidationError(name, format(words.rowCount, { n: rows.length }), allowed);
  return rows.map((row, i) => {
    if (!/^[01]+$/.test(row) || row.length !== bits) {
      throw new ValidationError(name, format(words.badRow, { row: i + 1, text: row.slice(0, 40) }), format(words.rowAllowed, { bits }));
    }
    return Array.from(row, Number);
  });
}

/** The saved checkpoints' training steps (index = the `training` parameter). */
export function trainingSteps(): number[] {
  return ntmCopyFile().checkpoints.map((c) => c.step);
}

/** The trained preset's parameters: the last checkpoint and the preset's own input. */
export function trainedPresetParameters(): Parameters {
  const input = ntmPreset(TRAINED_PRESET)?.trained?.input ?? [];
  return { training: trainingSteps().length - 1, input: formatBits(input) };
}

/** The plain scenario the trained model produces for the parameters (the core's expansion). */
export function trainedScenarioFor(p: Parameters): NtmScenario {
  const bits = ntmCopyFile().card.sizes.bits;
  const preset = ntmPreset(TRAINED_PRESET);
  return expandTrainedScenario({
    module: 'ntm',
    ...(preset ? { name: preset.name } : {}),
    controller: { trained: 'ntm-copy', checkpoint: p.training },
    input: parseBitPattern(p.input ?? '', 'input', bits),
  });
}

const label = (name: (typeof TRAINED_PARAM_NAMES)[number]) => (m: Messages) => m.ntm.params[name];

/** The panel rows of the trained preset. */
export const TRAINED_ROWS: readonly ParamRow[] = [
  {
    name: 'training',
    kind: 'integer',
    step: 1,
    label: label('training'),
    appliesTo: TRAINED_ONLY,
    rule: (v, n, c) => numberRule({ integer: true, min: 0, max: trainingSteps().length - 1 })(v, n, c),
  },
  {
    name: 'input',
    kind: 'text',
    label: label('input'),
    appliesTo: TRAINED_ONLY,
    rule: (value, name, { messages }) => formatBits(parseBitPattern(value, name, ntmCopyFile().card.sizes.bits, messages.ntm.bitPattern)),
  },
];
