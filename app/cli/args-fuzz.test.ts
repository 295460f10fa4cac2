/**
 * Property-based fuzzing of the command's argument parsers (`render`, `evaluate`): any list of words either parses
 * or is refused with a CliError of exit 2 whose message is one line; nothing else is thrown. Bounded like
 * core/models/input-fuzz.test.ts (fixed seed; `npm run fuzz` runs longer).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '#core/testing/fuzz-runs.ts';
import { CliError, EXIT } from './cli-error.ts';
import { parseRenderArgs } from './commands/render-args.ts';
import { parseEvaluateArgs } from './evaluate-args.ts';
import { evaluateCommands } from './evaluate-registry.ts';
import { word } from './args-fuzz-words.ts';

function expectParsedOrOneLine(parse: () => unknown): void {
  try {
    parse();
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    expect(e.exitCode).toBe(EXIT.badInput);
    expect(e.message.split(/[\n\r\u2028\u2029]/)).toHaveLength(1);
    expect(e.message.length).toBeLessThan(2_500);
  }
}

describe('the argument parsers refuse any bad word list in one line (property)', () => {
  it('render', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => expectParsedOrOneLine(() => parseRenderArgs(argv))),
      fuzzRuns(300, 13),
    );
  });
  it('evaluate', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (argv) => expectParsedOrOneLine(() => parseEvaluateArgs(argv, evaluateCommands))),
      fuzzRuns(300, 14),
    );
  });
});
