/**
 * The launch geometry of an NTM step plan (core/gpu/ntm/ntm-step-plan.ts): how many threads the addressing
 * passes use, whether their partials need a fold pass, and how many row chunks the read/write pass splits the
 * memory into. Every pass is barrier-free (each thread folds its own rows, then a small fold), so the only
 * tuning is how much work one thread gets: few threads with long loops on a software adapter, many on a GPU
 * (core/gpu/common/occupancy.ts gives the workgroup target).
 */
import { ntmCellWidth, type NtmCellWidth } from './ntm-shaders.ts';

/** Threads per workgroup of the NTM kernels (the WGSL `WORKGROUP_SIZE` default). */
export const NTM_WORKGROUP_SIZE = 64;
/** Partials a fold pass leaves (shaders/ntm/ntm-fold.wgsl `FOLD_WIDTH`); consumers fold this many at most. */
export const NTM_FOLD_WIDTH = 64;
/** The fewest rows one addressing thread handles. */
export const MIN_ROWS_PER_ADDRESS_THREAD = 16;
/** The fewest rows one read/write chunk handles (so a lecture-size memory is one chunk and needs no read fold). */
export const MIN_ROWS_PER_CHUNK = 128;

/** What a plan launches. */
export interface NtmPlanGeometry {
  readonly cellWidth: NtmCellWidth;
  /** M / cellWidth. */
  readonly cells: number;
  /** Threads of the content, shift and sharpen passes; each writes one partial. */
  readonly addressThreads: number;
  /** True when the partials are folded to {@link NTM_FOLD_WIDTH} by a pass of their own. */
  readonly foldPartials: boolean;
  /** Partials a consumer folds (addressThreads, or NTM_FOLD_WIDTH after a fold pass). */
  readonly folded: number;
  /** Threads per row in the read/write pass: each owns up to four neighbouring cells (⌈cells / 4⌉). */
  readonly parts: number;
  /** Row chunks of the read/write pass (1: it writes r itself, no read fold). */
  readonly chunks: number;
  /** Rows per block of the addressing passes (thread t owns blocks t, t + addressThreads, ...). */
  readonly addressBlock: number;
  /** Rows per block of the read/write pass (chunk c owns blocks c, c + chunks, ...). */
  readonly chunkBlock: number;
}

/**
 * The geometry for an N × M memory with about `targetWorkgroups` workgroups of {@link NTM_WORKGROUP_SIZE} per pass.
 * `contiguous` (a CPU adapter): each thread streams one contiguous block of rows, so its loads walk memory in
 * order; otherwise (a GPU) blocks are one row, so neighbouring threads read neighbouring rows (coalesced loads).
 */
export function ntmPlanGeometry(rows: number, columns: number, targetWorkgroups: number, contiguous: boolean): NtmPlanGeometry {
  const threads = targetWorkgroups * NTM_WORKGROUP_SIZE;
  const cellWidth = ntmCellWidth(columns);
  const cells = columns / cellWidth;
  const addressThreads = Math.max(1, Math.min(threads, Math.ceil(rows / MIN_ROWS_PER_ADDRESS_THREAD)));
  const foldPartials = addressThreads > NTM_FOLD_WIDTH;
  const parts = Math.ceil(cells / 4);
  const chunks = Math.max(1, Math.min(Math.ceil(threads / parts), Math.ceil(rows / MIN_ROWS_PER_CHUNK)));
  return {
    cellWidth,
    cells,
    addressThreads,
    foldPartials,
    folded: foldPartials ? NTM_FOLD_WIDTH : addressThreads,
    parts,
    chunks,
    addressBlock: contiguous ? Math.ceil(rows / addressThreads) : 1,
    chunkBlock: contiguous ? Math.ceil(rows / chunks) : 1,
  };
}
