/**
 * The trained ACT models shipped with Atenea (README, "Trained models"), by name: their files, parsed and
 * validated once, and the cell of a checkpoint.
 */
import actParity from './act-parity.json' with { type: 'json' };
import type { ActCell } from '../cell.ts';
import { parseTrainedActFile, type TrainedActFile } from './trained-file.ts';

/** The names a scenario's `"cell": {"kind": "trained", "model": …}` may give. */
export const TRAINED_ACT_MODELS = ['act-parity'] as const;
/** One of {@link TRAINED_ACT_MODELS}. */
export type TrainedActModel = (typeof TRAINED_ACT_MODELS)[number];

const sources: Record<TrainedActModel, unknown> = { 'act-parity': actParity };
const parsed = new Map<TrainedActModel, TrainedActFile>();

/** The model's file (validated on first use). */
export function trainedActFile(model: TrainedActModel): TrainedActFile {
  let file = parsed.get(model);
  if (!file) {
    file = parseTrainedActFile(sources[model]);
    parsed.set(model, file);
  }
  return file;
}

/**
 * The cell of checkpoint `checkpoint` (an index into the file's checkpoints, 0 = before training), or the
 * final weights when it is undefined.
 */
export function trainedActCell(model: TrainedActModel, checkpoint?: number): ActCell {
  const file = trainedActFile(model);
  if (checkpoint === undefined) return file.weights;
  const c = file.checkpoints[checkpoint];
  if (!c) throw new RangeError(`trainedActCell: checkpoint ${checkpoint} of ${model} does not exist (0 … ${file.checkpoints.length - 1})`);
  return c.weights;
}
