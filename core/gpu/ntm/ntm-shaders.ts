/**
 * The NTM's WGSL (shaders/ntm/), composed with the shared pieces it needs, one module per kernel and per cell
 * width: rows are read as vec4 cells when M is a multiple of 4 and as f32 cells otherwise (the `Cell` alias).
 */
import contentAddressWgsl from '#shaders/ntm/content-address.wgsl?raw';
import gateWgsl from '#shaders/ntm/gate.wgsl?raw';
import ntmFoldWgsl from '#shaders/ntm/ntm-fold.wgsl?raw';
import ntmParamsWgsl from '#shaders/ntm/ntm-params.wgsl?raw';
import readFoldWgsl from '#shaders/ntm/read-fold.wgsl?raw';
import readWriteWgsl from '#shaders/ntm/read-write.wgsl?raw';
import sharpenWgsl from '#shaders/ntm/sharpen.wgsl?raw';
import shiftAddressWgsl from '#shaders/ntm/shift-address.wgsl?raw';
import { WORKGROUP_INDEX_WGSL } from '../common/common-shaders.ts';
import { composeWgsl } from '../common/wgsl.ts';

/** Floats per cell: 4 (vec4 loads and stores) when M is a multiple of 4, else 1. */
export type NtmCellWidth = 1 | 4;

/** The cell width for rows of `columns` floats. */
export function ntmCellWidth(columns: number): NtmCellWidth {
  return columns % 4 === 0 ? 4 : 1;
}

const CELL_PRELUDE: Record<NtmCellWidth, string> = {
  4: 'alias Cell = vec4<f32>;\nfn cell_sum(v: Cell) -> f32 { return v.x + v.y + v.z + v.w; }',
  1: 'alias Cell = f32;\nfn cell_sum(v: Cell) -> f32 { return v; }',
};

/** The kernels of one step, in dispatch order (NTM eqs. 2–9). */
const KERNELS = {
  /** Eqs. (5)–(6): similarity and softmax partials, first pass over the memory. */
  contentAddress: { source: contentAddressWgsl, entryPoint: 'content_address' },
  /** Folds the softmax partials to FOLD_WIDTH. */
  foldSoftmax: { source: ntmFoldWgsl, entryPoint: 'fold_softmax' },
  /** Eqs. (5) and (7): content weights and gated weights. */
  gate: { source: gateWgsl, entryPoint: 'gate' },
  /** Eq. (8) and the sharpening partials. */
  shiftAddress: { source: shiftAddressWgsl, entryPoint: 'shift_address' },
  /** Folds the sharpening partials to FOLD_WIDTH. */
  foldSharpen: { source: ntmFoldWgsl, entryPoint: 'fold_sharpen' },
  /** Eq. (9). */
  sharpen: { source: sharpenWgsl, entryPoint: 'sharpen' },
  /** Eqs. (2)–(4), second and last pass over the memory. */
  readWrite: { source: readWriteWgsl, entryPoint: 'read_and_write' },
  /** Eq. (2): the read partials folded to r. */
  foldRead: { source: readFoldWgsl, entryPoint: 'fold_read' },
} as const;

/** One of the NTM kernels. */
export type NtmKernelName = keyof typeof KERNELS;

/** A composed module and its entry point. */
export interface NtmModule {
  readonly code: string;
  readonly entryPoint: string;
}

/** The composed module of `name` for rows of `cellWidth`-float cells. */
export function ntmModule(name: NtmKernelName, cellWidth: NtmCellWidth): NtmModule {
  const k = KERNELS[name];
  return { code: composeWgsl(WORKGROUP_INDEX_WGSL, CELL_PRELUDE[cellWidth], ntmParamsWgsl, k.source), entryPoint: k.entryPoint };
}

/** Every NTM module, keyed `name/width` (for the compile test and eager compilation). */
export const NTM_MODULES: Readonly<Record<string, NtmModule>> = Object.fromEntries(
  ([4, 1] as const).flatMap((w) => (Object.keys(KERNELS) as NtmKernelName[]).map((name) => [`${name}/${w}`, ntmModule(name, w)])),
);
