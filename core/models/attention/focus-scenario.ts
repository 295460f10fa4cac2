/**
 * Scenarios of the lecture's definition of attention (module `focus`): an object, a mask of the same shape and
 * their pointwise product, as a JSON file format validated with messages that name the field:
 * ```
 * {"module": "focus", "name"?: text, "kind": "image", "width": 1..4096, "height": 1..4096, "seed": integer,
 *  "mask": {"kind": "spot", "x": [0,1], "y": [0,1], "radius": [0,2], "softness": [0,1]}
 *        | {"kind": "painted", "values": [[width numbers in [0,1]] x height]}}
 * {"module": "focus", "name"?: text, "kind": "text", "tokens": [strings], "values"?: [numbers] (default 1 each),
 *  "attention": [numbers in [0,1], one per token]}
 * ```
 * The trace has one step with three frames: `object`, `mask`, `product`.
 */
import { expectLocalizedText, expectString, type LocalizedText } from '../../scenario/scenario-file.ts';
import { describeBriefly } from '../../scenario/describe-value.ts';
import { rejectUnknownFields } from '../../scenario/unknown-fields.ts';
import { expectMatrix, expectNumber, expectObject, expectOneOf, expectVector, join, ValidationError } from '../../scenario/validate.ts';
import { buildTrace, type Trace } from '../../trace/trace.ts';
import { MAX_IMAGE_SIDE, nightSky, pointwiseProduct, spotMask, type SpotMask } from './focus.ts';

/** A mask drawn as a soft spot the lecturer drags and resizes. */
export interface SpotMaskSpec extends SpotMask {
  readonly kind: 'spot';
}
/** A mask painted by hand: `height` rows of `width` values in [0, 1]. */
export interface PaintedMaskSpec {
  readonly kind: 'painted';
  readonly values: readonly (readonly number[])[];
}

/** The night sky and a mask over it. */
export interface FocusImageScenario {
  readonly module: 'focus';
  readonly name?: LocalizedText;
  readonly kind: 'image';
  readonly width: number;
  readonly height: number;
  /** Places the stars (core/math/random.ts). */
  readonly seed: number;
  readonly mask: SpotMaskSpec | PaintedMaskSpec;
}

/** A sentence and a linear attention vector over its tokens. */
export interface FocusTextScenario {
  readonly module: 'focus';
  readonly name?: LocalizedText;
  readonly kind: 'text';
  readonly tokens: readonly string[];
  /** The object's value per token (default 1 each): what the attention multiplies. */
  readonly values?: readonly number[];
  /** The attention vector, one weight in [0, 1] per token. */
  readonly attention: readonly number[];
}

/** A `focus` scenario file. */
export type FocusScenario = FocusImageScenario | FocusTextScenario;

/** The stages of the definition, one frame each. */
export const FOCUS_STAGES = ['object', 'mask', 'product'] as const;
/** One of {@link FOCUS_STAGES}. */
export type FocusStage = (typeof FOCUS_STAGES)[number];

/**
 * What each frame carries (the same object for the three frames). For a text, `width` is the number of tokens
 * and `height` 1. Typed arrays are written as plain arrays by `atenea trace`.
 */
export interface FocusFrameData {
  readonly kind: 'image' | 'text';
  readonly width: number;
  readonly height: number;
  /** The tokens of a text. */
  readonly tokens?: readonly string[];
  /** The spot, when the mask is one (for the view's handles). */
  readonly spot?: SpotMask;
  /** x: the image's pixels or the tokens' values, row-major. */
  readonly object: Float64Array;
  /** m, the same shape. */
  readonly mask: Float64Array;
  /** x ⊙ m. */
  readonly product: Float64Array;
}

/** The trace of a `focus` scenario. */
export type FocusTrace = Trace<FocusStage, FocusFrameData>;

/** A scenario validated and drawn: the object and the mask, ready to multiply. */
export interface ResolvedFocusScenario {
  readonly kind: 'image' | 'text';
  readonly width: number;
  readonly height: number;
  readonly tokens?: readonly string[];
  readonly spot?: SpotMask;
  readonly object: Float64Array;
  readonly mask: Float64Array;
}

/** The fields of each kind of `focus` scenario and of each kind of mask. */
export const FOCUS_SCENARIO_FIELDS = {
  image: ['module', 'name', 'kind', 'width', 'height', 'seed', 'mask'],
  text: ['module', 'name', 'kind', 'tokens', 'values', 'attention'],
} as const;
const MASK_FIELDS = { spot: ['kind', 'x', 'y', 'radius', 'softness'], painted: ['kind', 'values'] } as const;

const SIDE = { integer: true, min: 1, max: MAX_IMAGE_SIDE } as const;

/** Validates a `focus` scenario (a {@link FocusScenario} or any JSON value) and draws its object and mask. */
export function resolveFocusScenario(value: unknown): ResolvedFocusScenario {
  const o = expectObject(value, '');
  if (o.module !== 'focus') throw new ValidationError('module', `got ${describeBriefly(o.module)}`, '"focus"');
  const fields = o.kind === 'image' || o.kind === 'text' ? FOCUS_SCENARIO_FIELDS[o.kind] : [...new Set(Object.values(FOCUS_SCENARIO_FIELDS).flat())];
  rejectUnknownFields(o, '', fields);
  if (o.name !== undefined) expectLocalizedText(o.name, 'name');
  const kind = expectOneOf(o.kind, 'kind', ['image', 'text'] as const);
  if (kind === 'text') {
    if (!Array.isArray(o.tokens) || o.tokens.length === 0) {
      throw new ValidationError(
        'tokens',
        Array.isArray(o.tokens) ? 'empty' : o.tokens === undefined ? 'missing' : 'not an array',
        'a non-empty array of strings',
      );
    }
    const tokens = o.tokens.map((t, i) => expectString(t, join('tokens', i)));
    const n = tokens.length;
    const values = o.values === undefined ? new Array<number>(n).fill(1) : expectVector(o.values, 'values', { length: n });
    const attention = expectVector(o.attention, 'attention', { length: n, min: 0, max: 1 });
    return { kind, width: n, height: 1, tokens, object: Float64Array.from(values), mask: Float64Array.from(attention) };
  }
  const width = expectNumber(o.width, 'width', SIDE);
  const height = expectNumber(o.height, 'height', SIDE);
  const seed = expectNumber(o.seed, 'seed', { integer: true, min: 0, max: 2 ** 32 - 1 });
  const m = expectObject(o.mask, 'mask');
  const maskKind = expectOneOf(m.kind, 'mask.kind', ['spot', 'painted'] as const);
  rejectUnknownFields(m, 'mask', MASK_FIELDS[maskKind]);
  const object = nightSky(width, height, seed).data;
  if (maskKind === 'painted') {
    const rows = expectMatrix(m.values, 'mask.values', { rows: height, columns: width, min: 0, max: 1 });
    const mask = new Float64Array(width * height);
    rows.forEach((r, y) => mask.set(r, y * width));
    return { kind, width, height, object, mask };
  }
  const spot: SpotMask = {
    x: expectNumber(m.x, 'mask.x', { min: 0, max: 1 }),
    y: expectNumber(m.y, 'mask.y', { min: 0, max: 1 }),
    radius: expectNumber(m.radius, 'mask.radius', { min: 0, max: 2 }),
    softness: expectNumber(m.softness, 'mask.softness', { min: 0, max: 1 }),
  };
  return { kind, width, height, spot, object, mask: spotMask(width, height, spot).data };
}

function traceOf(r: ResolvedFocusScenario, product: Float64Array): FocusTrace {
  const data: FocusFrameData = Object.freeze({
    kind: r.kind,
    width: r.width,
    height: r.height,
    ...(r.tokens ? { tokens: r.tokens } : {}),
    ...(r.spot ? { spot: r.spot } : {}),
    object: r.object,
    mask: r.mask,
    product,
  });
  return buildTrace('focus', [FOCUS_STAGES.map((stage) => ({ stage, data }))]);
}

/**
 * Runs a `focus` scenario: the product on the float64 reference, or with `product` (e.g. the WGSL kernel of
 * core/gpu/attention/pointwise-product.ts). Throws a `ValidationError` for a bad scenario.
 */
export async function runFocusScenario(
  scenario: FocusScenario | unknown,
  product?: (object: Float64Array, mask: Float64Array) => Promise<ArrayLike<number>>,
): Promise<FocusTrace> {
  const r = resolveFocusScenario(scenario);
  return traceOf(r, product ? Float64Array.from(await product(r.object, r.mask)) : pointwiseProduct(r.object, r.mask));
}

/** {@link runFocusScenario} on the reference, synchronously (the view reruns it while the spot is dragged). */
export function runFocusScenarioSync(scenario: FocusScenario | unknown): FocusTrace {
  const r = resolveFocusScenario(scenario);
  return traceOf(r, pointwiseProduct(r.object, r.mask));
}
