/** The attention family's WGSL (shaders/attention/), composed with the shared helpers it needs. */
import additiveScoresWgsl from '#shaders/attention/additive-scores.wgsl?raw';
import pointwiseProductWgsl from '#shaders/attention/pointwise-product.wgsl?raw';
import { WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** `additive_scores`: Bahdanau scores e[s, j] from precomputed W q + b and U h (shaders/attention/additive-scores.wgsl). */
export const ADDITIVE_SCORES_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, additiveScoresWgsl);

/** `pointwise_product`: the object ⊙ mask of the lecture's definition (shaders/attention/pointwise-product.wgsl). */
export const POINTWISE_PRODUCT_WGSL = composeWgsl(WORKGROUP_INDEX_WGSL, pointwiseProductWgsl);
