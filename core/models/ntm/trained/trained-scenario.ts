/**
 * Scenarios driven by the trained copy NTM: the controller, not a script, sets every head parameter. A file
 * names the model and gives the bit sequence to copy (README, "NTM scenario files"):
 * ```json
 * { "module": "ntm", "controller": { "trained": "ntm-copy", "checkpoint": 5 }, "input": [[0, 1, 1, 0, 1, 0], ...] }
 * ```
 * {@link expandTrainedScenario} runs the model (forward.ts) on the input and writes out the plain scenario it
 * amounts to: per time step one read-head step then one write-head step with the parameters the controller
 * produced, so the existing runner, trace frames and views replay exactly what the model did.
 */
import { expectLocalizedText, type LocalizedText } from '#core/scenario/scenario-file.ts';
import { ValidationError, expectMatrix, expectNumber, expectObject, expectOneOf, join } from '#core/scenario/validate.ts';
import { rejectUnknownFields } from '#core/scenario/unknown-fields.ts';
import type { NtmScenario, NtmScenarioStep } from '../scenario-types.ts';
import { copyInput, copyMemorySlots } from './copy-data.ts';
import { runTrainedCopySync, type NtmCopyModel, type TrainedCopyStep } from './forward.ts';
import { ntmCopyFile } from './ntm-copy-file.ts';
import { ntmCopyModel } from './weights.ts';

/** A scenario file that names a trained controller instead of listing steps. */
export interface NtmTrainedScenario {
  readonly module: 'ntm';
  readonly name?: string | LocalizedText;
  /** Which model, and which training checkpoint (default: the final weights). */
  readonly controller: { readonly trained: 'ntm-copy'; readonly checkpoint?: number };
  /** The sequence to copy: L rows of `bits` zeros and ones. */
  readonly input: readonly (readonly number[])[];
}

/** The trained models a scenario may name. */
export const NTM_TRAINED_MODELS = ['ntm-copy'] as const;
/** The longest sequence a trained scenario may ask to copy. */
export const MAX_TRAINED_COPY_LENGTH = 32;

const bitsText = (bits: ArrayLike<number>): string => Array.from(bits, (b) => (b >= 0.5 ? '1' : '0')).join('');

function scenarioSteps(steps: readonly TrainedCopyStep[], length: number): NtmScenarioStep[] {
  return steps.flatMap((s, t): NtmScenarioStep[] => {
    const phase = t < length ? 'input' : t === length ? 'delimiter' : 'answer';
    const input = bitsText(s.x.slice(0, -1));
    const output = bitsText(s.output);
    const note: LocalizedText =
      phase === 'input'
        ? { en: `Input ${input}: the controller writes it`, es: `Entrada ${input}: el controlador la escribe` }
        : phase === 'delimiter'
          ? { en: 'Delimiter: the sequence ended', es: 'Delimitador: la secuencia terminó' }
          : { en: `Answer step ${t - length}: output ${output}`, es: `Paso de respuesta ${t - length}: salida ${output}` };
    const head = (name: 'read' | 'write', p: TrainedCopyStep['readHead']): NtmScenarioStep => ({
      head: name,
      role: name,
      write: 'erase-add',
      key: Array.from(p.params.key),
      beta: p.params.beta,
      gate: p.params.gate,
      shift: Array.from(p.params.shift),
      gamma: p.params.gamma,
      erase: Array.from(p.input.erase),
      add: Array.from(p.input.add),
      note,
    });
    return [head('read', s.readHead), head('write', s.writeHead)];
  });
}

/**
 * The plain scenario of `model` copying `sequence` (L rows of `bits` zeros and ones): memory of
 * {@link copyMemorySlots}(L) rows at the model's constant initial value, both heads on slot 0.
 */
export function trainedCopyScenario(model: NtmCopyModel, sequence: readonly (readonly number[])[], name?: LocalizedText): NtmScenario {
  const run = runTrainedCopySync(model, copyInput(sequence), copyMemorySlots(sequence.length));
  return {
    module: 'ntm',
    ...(name ? { name } : {}),
    memory: { rows: copyMemorySlots(sequence.length), columns: model.sizes.memoryWidth, fill: 'constant', value: model.sizes.memoryInit },
    heads: [
      { name: 'read', initialWeights: { oneHot: 0 } },
      { name: 'write', initialWeights: { oneHot: 0 } },
    ],
    steps: scenarioSteps(run.steps, sequence.length),
  };
}

/**
 * Expands a scenario object with a `controller` field (fields: module, name, controller, input) into the
 * plain scenario the trained model produces. Throws a {@link ValidationError} naming the bad field.
 */
export function expandTrainedScenario(obj: Record<string, unknown>): NtmScenario {
  rejectUnknownFields(obj, '', ['module', 'name', 'controller', 'input']);
  const controller = expectObject(obj.controller, 'controller');
  rejectUnknownFields(controller, 'controller', ['trained', 'checkpoint']);
  expectOneOf(controller.trained, 'controller.trained', NTM_TRAINED_MODELS);
  const file = ntmCopyFile();
  const checkpoint =
    controller.checkpoint === undefined
      ? undefined
      : expectNumber(controller.checkpoint, 'controller.checkpoint', { integer: true, min: 0, max: file.checkpoints.length - 1 });
  const model = ntmCopyModel(file, checkpoint);
  const bits = model.sizes.bits;
  const sequence = expectMatrix(obj.input, 'input', { minRows: 1, columns: bits, min: 0, max: 1 });
  if (sequence.length > MAX_TRAINED_COPY_LENGTH)
    throw new ValidationError('input', `got ${sequence.length} rows`, `1 to ${MAX_TRAINED_COPY_LENGTH} rows of ${bits} bits`);
  sequence.forEach((row, i) =>
    row.forEach((b, j) => {
      if (b !== 0 && b !== 1) throw new ValidationError(join(join('input', i), j), `got ${b}`, '0 or 1');
    }),
  );
  const name = obj.name === undefined ? undefined : expectLocalizedText(obj.name, 'name');
  return trainedCopyScenario(model, sequence, name);
}
