/**
 * Scenarios of the attentional interface (module `attention`), as a JSON file format validated with messages
 * that name the field. Two kinds:
 * ```
 * {"module": "attention", "name"?: text, "kind": "alignment",
 *  "inputTokens": [T strings], "outputTokens": [S strings], "weights": [[T numbers in [0,1]] x S]}
 * {"module": "attention", "name"?: text, "kind": "interface", "score": "dot" | "general" | "additive",
 *  "inputTokens": [T strings], "outputTokens": [S strings], "keys": [[Dk] x T], "values"?: [[Dv] x T],
 *  "queries": [[Dq] x S], "mask"?: [T booleans],
 *  "parameters"?: {"general"?: {"W": [[Dk] x Dq]}, "additive"?: {"W": [[Dq] x A], "U": [[Dk] x A], "v": [A], "b"?: [A], "bv"?: number}},
 *  "seed"?: integer}
 * ```
 * A `trained` scenario names a trained model and a phrase (trained/reorder-scenario.ts) and expands into an
 * `interface`. An `alignment` shows given weights (the Distill data: row t is output step t's weights over the inputs).
 * An `interface` computes them: the parameters of every score function can sit side by side, so switching
 * `score` is a one-field change. `seed` records how a generated scenario was made.
 *
 * Trace: one step per output token. An interface step has four frames (`query`, `scores`, `weights`,
 * `context`); an alignment step has only `weights` (the data has no queries, scores or values).
 */
import { expectLocalizedText, expectString } from '../../scenario/scenario-file.ts';
import { describeBriefly } from '../../scenario/describe-value.ts';
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { expectMatrix, expectNumber, expectObject, expectOneOf, join, ValidationError } from '../../scenario/validate.ts';
import { buildTrace, type Trace } from '../../trace/trace.ts';
import { expectFiniteScores, expectMask, parseScoreParameters } from './contract.ts';
import { attentionSequence, matrixFromRows, row } from './reference.ts';
import { expandTrainedAttentionScenario } from './trained/reorder-scenario.ts';
import { SCORE_FUNCTIONS, type AttentionSequenceInput, type AttentionSequenceResult, type AttentionStage, type ScoreFunction } from './types.ts';

export type { AlignmentScenario, AttentionScenario, InterfaceScenario } from './scenario-types.ts';
import type { AttentionScenario } from './scenario-types.ts';

/** What every frame of one output step carries (shared by the step's frames). Typed arrays become plain arrays in JSON; a −Infinity (masked) score becomes null. */
export interface AttentionFrameData {
  readonly kind: 'alignment' | 'interface';
  /** The score function (interfaces only). */
  readonly score?: ScoreFunction;
  readonly inputTokens: readonly string[];
  readonly outputTokens: readonly string[];
  /** The output token produced at this step. */
  readonly outputToken: string;
  /** α over the input tokens. */
  readonly weights: Float64Array;
  /** Σ α (1 up to rounding; the Distill data is rounded to two decimals). */
  readonly weightSum: number;
  /** Interfaces only: the decoder state, the scores (−Infinity where masked), the mask and the context vector. */
  readonly query?: Float64Array;
  readonly scores?: Float64Array;
  readonly mask?: readonly boolean[];
  readonly context?: Float64Array;
}

/** The trace of an `attention` scenario. */
export type AttentionTrace = Trace<AttentionStage, AttentionFrameData>;

/** A validated scenario: an alignment's weights, or an interface's sequence input. */
export type ResolvedAttentionScenario =
  | {
      readonly kind: 'alignment';
      readonly inputTokens: readonly string[];
      readonly outputTokens: readonly string[];
      readonly weights: readonly Float64Array[];
    }
  | {
      readonly kind: 'interface';
      readonly inputTokens: readonly string[];
      readonly outputTokens: readonly string[];
      readonly input: AttentionSequenceInput;
    };

/** The fields of each kind of `attention` scenario, of `parameters` and of each score function's parameters. */
export const ATTENTION_SCENARIO_FIELDS = {
  alignment: ['module', 'name', 'kind', 'inputTokens', 'outputTokens', 'weights'],
  interface: ['module', 'name', 'kind', 'score', 'inputTokens', 'outputTokens', 'keys', 'values', 'queries', 'mask', 'parameters', 'seed'],
  trained: ['module', 'name', 'kind', 'model', 'input', 'checkpoint'],
} as const;
const PARAMETER_FIELDS = { parameters: ['general', 'additive'], general: ['W'], additive: ['W', 'U', 'v', 'b', 'bv'] } as const;

function expectTokens(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new ValidationError(path, value === undefined ? 'missing' : Array.isArray(value) ? 'empty' : 'not an array', 'a non-empty array of strings');
  }
  return value.map((t, i) => expectString(t, join(path, i)));
}

/** Validates an `attention` scenario (an {@link AttentionScenario} or any JSON value read from a file). */
export function resolveAttentionScenario(value: unknown): ResolvedAttentionScenario {
  const o = expectObject(value, '');
  if (o.module !== 'attention') throw new ValidationError('module', `got ${describeBriefly(o.module)}`, '"attention"');
  const fields =
    o.kind === 'alignment' || o.kind === 'interface' || o.kind === 'trained'
      ? ATTENTION_SCENARIO_FIELDS[o.kind]
      : [...new Set(Object.values(ATTENTION_SCENARIO_FIELDS).flat())];
  rejectUnknownFields(o, '', fields);
  if (o.name !== undefined) expectLocalizedText(o.name, 'name');
  const kind = expectOneOf(o.kind, 'kind', ['alignment', 'interface', 'trained'] as const);
  if (kind === 'trained') return resolveAttentionScenario(expandTrainedAttentionScenario(o));
  const inputTokens = expectTokens(o.inputTokens, 'inputTokens');
  const outputTokens = expectTokens(o.outputTokens, 'outputTokens');
  const T = inputTokens.length;
  const S = outputTokens.length;
  if (kind === 'alignment') {
    const weights = expectMatrix(o.weights, 'weights', { rows: S, columns: T, min: 0, max: 1 });
    return { kind, inputTokens, outputTokens, weights: weights.map((r) => Float64Array.from(r)) };
  }
  const score = expectOneOf(o.score, 'score', SCORE_FUNCTIONS);
  const keys = expectMatrix(o.keys, 'keys', { rows: T, minColumns: 1 });
  const dk = keys[0]!.length;
  const queries = expectMatrix(o.queries, 'queries', score === 'dot' ? { rows: S, columns: dk } : { rows: S, minColumns: 1 });
  const dq = queries[0]!.length;
  const values = o.values === undefined ? keys : expectMatrix(o.values, 'values', { rows: T, minColumns: 1 });
  const mask = o.mask === undefined ? new Array<boolean>(T).fill(true) : expectMask(o.mask, 'mask', T);
  if (o.seed !== undefined) expectNumber(o.seed, 'seed', { integer: true, min: 0, max: 2 ** 32 - 1 });
  const parameters = o.parameters === undefined ? {} : expectObject(o.parameters, 'parameters');
  rejectUnknownFields(parameters, 'parameters', PARAMETER_FIELDS.parameters);
  for (const f of PARAMETER_FIELDS.parameters) rejectUnknownFields(parameters[f], join('parameters', f), PARAMETER_FIELDS[f]);
  let params;
  if (score === 'dot') params = parseScoreParameters({}, score, dq, dk);
  else {
    const path = join('parameters', score);
    if (parameters[score] === undefined)
      throw new ValidationError(path, 'missing', score === 'general' ? 'an object {"W": Dq rows of Dk numbers}' : 'an object {"W", "U", "v", "b"?, "bv"?}');
    params = parseScoreParameters(expectObject(parameters[score], path), score, dq, dk, path);
  }
  const keyMatrix = matrixFromRows(keys);
  queries.forEach((q, t) => expectFiniteScores(params, q, keyMatrix, mask, join('queries', t)));
  return {
    kind,
    inputTokens,
    outputTokens,
    input: { ...params, queries: matrixFromRows(queries), keys: keyMatrix, values: matrixFromRows(values), mask },
  };
}

type SequenceRunner = (input: AttentionSequenceInput) => Promise<AttentionSequenceResult>;

function traceOf(r: ResolvedAttentionScenario, result?: AttentionSequenceResult): AttentionTrace {
  const sum = (w: Float64Array): number => w.reduce((a, b) => a + b, 0);
  if (r.kind === 'alignment') {
    return buildTrace(
      'attention',
      r.weights.map((weights, t) => {
        const data: AttentionFrameData = Object.freeze({
          kind: r.kind,
          inputTokens: r.inputTokens,
          outputTokens: r.outputTokens,
          outputToken: r.outputTokens[t]!,
          weights,
          weightSum: sum(weights),
        });
        return [{ stage: 'weights' as const, data }];
      }),
    );
  }
  const res = result!;
  return buildTrace(
    'attention',
    r.outputTokens.map((outputToken, t) => {
      const weights = row(res.weights, t).slice();
      const data: AttentionFrameData = Object.freeze({
        kind: r.kind,
        score: r.input.score,
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        outputToken,
        weights,
        weightSum: sum(weights),
        query: row(r.input.queries, t).slice(),
        scores: row(res.scores, t).slice(),
        mask: r.input.mask,
        context: row(res.contexts, t).slice(),
      });
      return (['query', 'scores', 'weights', 'context'] as const).map((stage) => ({ stage, data }));
    }),
  );
}

/**
 * Runs an `attention` scenario on the float64 reference, or with `sequence` (e.g. the WebGPU engine's
 * `sequence`, core/gpu/attention/attention-gpu-engine.ts: every output step in one chain of dispatches).
 * Throws a `ValidationError` for a bad scenario.
 */
export async function runAttentionScenario(scenario: AttentionScenario | unknown, sequence?: SequenceRunner): Promise<AttentionTrace> {
  const r = resolveAttentionScenario(scenario);
  if (r.kind === 'alignment') return traceOf(r);
  return traceOf(r, sequence ? await sequence(r.input) : attentionSequence(r.input));
}

/** {@link runAttentionScenario} on the reference, synchronously (the view reruns it when the score function changes). */
export function runAttentionScenarioSync(scenario: AttentionScenario | unknown): AttentionTrace {
  const r = resolveAttentionScenario(scenario);
  return r.kind === 'alignment' ? traceOf(r) : traceOf(r, attentionSequence(r.input));
}
