/** Types of the parts of gifenc 1.0 the recorder uses (the package ships none). */
declare module 'gifenc' {
  /** RGB(A) palette entries. */
  export type Palette = number[][];
  /** The encoder's byte stream. */
  export interface GifStream {
    reset(): void;
    bytes(): Uint8Array;
    bytesView(): Uint8Array;
  }
  /** A GIF encoder writing into its own growing buffer. */
  export interface GifEncoder {
    readonly stream: GifStream;
    writeHeader(): void;
    writeFrame(
      index: Uint8Array,
      width: number,
      height: number,
      options?: { palette?: Palette; delay?: number; repeat?: number; first?: boolean; dispose?: number; transparent?: boolean },
    ): void;
    finish(): void;
    bytes(): Uint8Array;
    reset(): void;
  }
  export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): GifEncoder;
  export function quantize(
    rgba: Uint8Array | Uint8ClampedArray,
    maxColors: number,
    options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444'; oneBitAlpha?: boolean | number; clearAlpha?: boolean },
  ): Palette;
  export function applyPalette(rgba: Uint8Array | Uint8ClampedArray, palette: Palette, format?: 'rgb565' | 'rgb444' | 'rgba4444'): Uint8Array;
}
