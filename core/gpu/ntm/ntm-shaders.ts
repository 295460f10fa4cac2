/** The NTM's WGSL (shaders/ntm/), composed with the shared pieces it needs, one module per stage kernel. */
import circularShiftWgsl from '#shaders/ntm/circular-shift.wgsl?raw';
import cosineSimilarityWgsl from '#shaders/ntm/cosine-similarity.wgsl?raw';
import interpolateWgsl from '#shaders/ntm/interpolate.wgsl?raw';
import ntmParamsWgsl from '#shaders/ntm/ntm-params.wgsl?raw';
import readWriteWgsl from '#shaders/ntm/read-write.wgsl?raw';
import sharpenWgsl from '#shaders/ntm/sharpen.wgsl?raw';
import { ROW_TILE_WGSL, WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** Composed NTM modules and their entry points (content softmax and the reductions use shaders/common). */
export const NTM_MODULES = {
  /** NTM eq. (6). */
  similarity: { code: composeWgsl(WORKGROUP_INDEX_WGSL, ntmParamsWgsl, cosineSimilarityWgsl), entryPoint: 'cosine_similarity' },
  /** NTM eq. (7). */
  interpolate: { code: composeWgsl(WORKGROUP_INDEX_WGSL, ntmParamsWgsl, interpolateWgsl), entryPoint: 'interpolate' },
  /** NTM eq. (8). */
  shift: { code: composeWgsl(WORKGROUP_INDEX_WGSL, ntmParamsWgsl, circularShiftWgsl), entryPoint: 'circular_shift' },
  /** NTM eq. (9), the normalize pass. */
  sharpen: { code: composeWgsl(WORKGROUP_INDEX_WGSL, ntmParamsWgsl, sharpenWgsl), entryPoint: 'sharpen' },
  /** NTM eqs. (2)–(4), fused: read partials and the write in one pass over memory. */
  readWrite: { code: composeWgsl(WORKGROUP_INDEX_WGSL, ntmParamsWgsl, ROW_TILE_WGSL, readWriteWgsl), entryPoint: 'row_tile_sum' },
} as const;

/** One of {@link NTM_MODULES}' keys. */
export type NtmKernelName = keyof typeof NTM_MODULES;
