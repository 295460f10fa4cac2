/** What the view bench measures in the page (redraw-bench.ts), shared with `npm run bench -- view` in Node (no DOM here). */

/** What the scene holds (visible objects only). */
export interface SceneCounts {
  /** Instance count of each visible instanced mesh. */
  readonly instanced: readonly number[];
  readonly meshes: number;
  readonly sprites: number;
}

/** One chapter's figures (milliseconds: medians over the repeats). */
export interface RedrawBenchResult extends SceneCounts {
  readonly width: number;
  readonly height: number;
  readonly antialias: boolean;
  readonly repeats: number;
  readonly stillMs: number;
  readonly seekMs: number;
  readonly bareStillMs: number;
  readonly bareSeekMs: number;
}
