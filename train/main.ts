/**
 * `npm run train -- <model> [--steps N] [--seed S] [--out FILE]`: trains one of the project's models and writes
 * its file under core/models/<module>/trained/ (README, "Trained models"). Bad arguments: exit 2, one line.
 */
import { register } from 'node:module';

register('./tfjs-resolve.mjs', import.meta.url);
const { train: trainActParity } = await import('./act-parity/index.ts');
const { train: trainAttentionReorder } = await import('./attention-reorder/index.ts');
const models = { 'act-parity': trainActParity, 'attention-reorder': trainAttentionReorder } as const;
type ModelName = keyof typeof models;

function fail(message: string): never {
  process.stderr.write(`atenea train: ${message}\n`);
  process.exit(2);
}

const [name, ...rest] = process.argv.slice(2);
if (!name || !(name in models)) fail(`model: got ${name === undefined ? 'nothing' : JSON.stringify(name)}; expected one of ${Object.keys(models).join(', ')}`);
const options: { steps?: number; seed?: number; out?: string } = {};
for (let i = 0; i < rest.length; i += 2) {
  const flag = rest[i]!;
  const value = rest[i + 1];
  if (flag === '--out' && value !== undefined) options.out = value;
  else if ((flag === '--steps' || flag === '--seed') && value !== undefined && /^\d+$/.test(value)) options[flag === '--steps' ? 'steps' : 'seed'] = Number(value);
  else fail(`${flag}: expected --steps <integer ≥ 0>, --seed <integer ≥ 0> or --out <file>`);
}
const file = await models[name as ModelName]({ ...options, log: (line) => process.stdout.write(`${line}\n`) });
process.stdout.write(`done in ${file.card.wallTimeSeconds} s\n`);
