/**
 * `npm run bench [-- <name> ...]`: runs the named benchmarks (default: all), prints a table and the JSON of
 * each, and writes the JSON to bench/results/ (git-ignored). Not part of `npm test`; figures, never assertions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_ADAPTER_HELP, requestDawnDevice } from '#app/node/dawn-device.ts';
import { runNtmBench } from './ntm-bench.ts';
import { formatNtmTable } from './ntm-bench-table.ts';
import { formatExportTable, runExportBench } from './export-bench.ts';
import { formatAttentionTable, runAttentionBench } from './attention-bench.ts';
import { formatFocusTable, runFocusBench } from './focus-bench.ts';
import { formatViewTable, runViewBench } from './view-bench.ts';

interface Benchmark {
  run(device: GPUDevice, adapter: string): Promise<{ table: string; json: unknown }>;
}

/** Every benchmark, by name. */
const BENCHMARKS: Record<string, Benchmark> = {
  attention: {
    run: async (device, adapter) =>
      ((r) => ({ table: formatAttentionTable(r), json: r }))(await runAttentionBench(device, adapter, { log: (l) => process.stderr.write(`${l}\n`) })),
  },
  focus: {
    run: async (device, adapter) =>
      ((r) => ({ table: formatFocusTable(r), json: r }))(await runFocusBench(device, adapter, { log: (l) => process.stderr.write(`${l}\n`) })),
  },
  export: {
    run: async () => ((r) => ({ table: formatExportTable(r), json: r }))(await runExportBench({ log: (l) => process.stderr.write(`${l}\n`) })),
  },
  view: {
    run: async () => ((r) => ({ table: formatViewTable(r), json: r }))(await runViewBench({ log: (l) => process.stderr.write(`${l}\n`) })),
  },
  ntm: {
    async run(device, adapter) {
      const result = await runNtmBench(device, adapter, { log: (l) => process.stderr.write(`${l}\n`) });
      return { table: formatNtmTable(result), json: result };
    },
  },
};

async function main(args: string[]): Promise<number> {
  const names = args.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(BENCHMARKS).join(', ')}\n`);
    return 2;
  }
  const dawn = await requestDawnDevice();
  if (!dawn) {
    process.stderr.write(`${NO_ADAPTER_HELP}\n`);
    return 3;
  }
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  mkdirSync(resultsDir, { recursive: true });
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    const { table, json } = await BENCHMARKS[name]!.run(dawn.device, dawn.adapterName);
    const stamped = {
      ...(json as object),
      date: new Date().toISOString(),
      node: process.version,
      cpus: (await import('node:os')).cpus().length,
    };
    const text = JSON.stringify(stamped, null, 2);
    process.stdout.write(`${table}\n\n${text}\n`);
    const file = join(resultsDir, `${name}-${stamped.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${text}\n`);
    process.stderr.write(`wrote ${file}\n`);
  }
  dawn.device.destroy();
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
