/**
 * Branded vector types: the same Float64Array can mean different things (scores before a softmax, a
 * probability vector after it), and the brand stops one being passed where the other is meant
 * (excalidraw's `packages/math` does the same for points and vectors). Brands cost nothing at run time.
 */

declare const weightingBrand: unique symbol;
declare const logitsBrand: unique symbol;

/**
 * A weighting over N items: entries in [0, 1] that sum to 1 (NTM §3.1: "normalised weighting"), or all zeros
 * where a stage is defined to give nothing (sharpening a zero vector, a softmax with every entry masked).
 */
export type Weighting = Float64Array & { readonly [weightingBrand]: true };

/** Unnormalised scores (any finite reals) that a softmax turns into a {@link Weighting}. */
export type Logits = Float64Array & { readonly [logitsBrand]: true };

/** Any read-only list of numbers: a plain array, a Float64Array, a branded vector. */
export type NumberList = ArrayLike<number>;

/**
 * Marks a vector as a weighting without checking it. Use only where the caller has just built a
 * normalised vector (a softmax, a convex combination of weightings, a circular convolution of two).
 */
export function asWeighting(values: Float64Array): Weighting {
  return values as Weighting;
}

/** Marks a vector as logits (any finite reals). */
export function asLogits(values: Float64Array): Logits {
  return values as Logits;
}
