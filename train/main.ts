/**
 * `npm run train -- <model> [--steps N] [--seed S] [--out FILE]`: trains one of the project's models with
 * TensorFlow.js on the CPU and writes its file under core/models/<module>/trained/ (README, "Trained models").
 * Bad arguments: exit 2, one line.
 */
import { createRequire, register } from 'node:module';

// tfjs-core's gradients ship only as per-file ES modules that plain Node cannot resolve without this hook (see
// the hook); their Node platform module calls `require`, which an ES module scope lacks. Registered before any
// trainer is imported, so every trainer sees the one copy of tfjs with its gradients.
register('./tfjs-gradients-hook.mjs', import.meta.url);
Object.assign(globalThis, { require: createRequire(import.meta.url) });
await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
const { train: trainNtmCopy } = await import('./ntm-copy/index.ts');
const { train: trainActParity } = await import('./act-parity/index.ts');
const { train: trainAttentionReorder } = await import('./attention-reorder/index.ts');

/** What every trainer takes. */
interface TrainOptions {
  steps?: number;
  seed?: number;
  out?: string;
  log?: (line: string) => void;
}

const MODELS: Record<string, (options: TrainOptions) => Promise<{ card: { wallTimeSeconds: number } }>> = {
  'ntm-copy': trainNtmCopy,
  'act-parity': trainActParity,
  'attention-reorder': trainAttentionReorder,
};

function fail(message: string): never {
  process.stderr.write(`atenea train: ${message}\n`);
  process.exit(2);
}

const [model, ...rest] = process.argv.slice(2);
if (model === undefined || !(model in MODELS))
  fail(`model: got ${model === undefined ? 'nothing' : `"${model.slice(0, 40)}"`}; expected one of ${Object.keys(MODELS).join(', ')}`);
const options: TrainOptions = { log: (line) => process.stdout.write(`${line}\n`) };
for (let i = 0; i < rest.length; i += 2) {
  const [flag, value] = [rest[i], rest[i + 1]];
  if (flag === '--out' && value !== undefined) options.out = value;
  else if ((flag === '--steps' || flag === '--seed') && value !== undefined && /^\d+$/.test(value))
    options[flag === '--steps' ? 'steps' : 'seed'] = Number(value);
  else fail(`${flag ?? ''}: expected --steps <integer ≥ 0>, --seed <integer ≥ 0> or --out <file>`);
}
const file = await MODELS[model]!(options);
process.stdout.write(`done in ${file.card.wallTimeSeconds} s\n`);
