/**
 * MP4 (H.264, or AV1) and WebM (VP9, or AV1) through WebCodecs and mediabunny: each frame becomes a
 * `VideoSample` with the exact timestamp k / fps, and the muxer streams into a {@link ByteSink} (positioned
 * writes, flushed in 1 MiB chunks), so memory does not grow with the length of the video.
 */
import {
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  StreamTarget,
  VideoSample,
  VideoSampleSource,
  WebMOutputFormat,
  getFirstEncodableVideoCodec,
  type StreamTargetChunk,
} from 'mediabunny';
import type { ByteSink } from '../byte-sink.ts';
import { CONTAINER_CODECS, type RecorderVideoCodec } from '../formats.ts';
import type { FrameEncoder } from './frame-encoder.ts';

/** The first codec of a container's list this machine can encode at `size`, or null (then the dialog hides the format). */
export async function encodableCodec(container: 'mp4' | 'webm', size: { width: number; height: number }): Promise<RecorderVideoCodec | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  const codec = await getFirstEncodableVideoCodec([...CONTAINER_CODECS[container]], { width: size.width, height: size.height });
  return (codec as RecorderVideoCodec | null) ?? null;
}

/** Options of {@link createVideoEncoder}. */
export interface VideoEncoderOptions {
  readonly container: 'mp4' | 'webm';
  readonly codec: RecorderVideoCodec;
  readonly fps: number;
  readonly width: number;
  readonly height: number;
}

/** A video encoder writing to `sink`. */
export async function createVideoEncoder(options: VideoEncoderOptions, sink: ByteSink): Promise<FrameEncoder> {
  const { fps } = options;
  let failure: unknown = null;
  const writable = new WritableStream<StreamTargetChunk>({
    async write(chunk) {
      try {
        await sink.write({ position: chunk.position, data: chunk.data });
      } catch (e) {
        failure ??= e;
        throw e;
      }
    },
  });
  const output = new Output({
    format: options.container === 'mp4' ? new Mp4OutputFormat({ fastStart: false }) : new WebMOutputFormat(),
    target: new StreamTarget(writable, { chunked: true, chunkSize: 1 << 20 }),
  });
  const source = new VideoSampleSource({ codec: options.codec, bitrate: QUALITY_HIGH, keyFrameInterval: 2, latencyMode: 'quality' });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  const rethrow = (e: unknown): never => {
    throw failure ?? e;
  };
  return {
    async add(pixels, k) {
      if (pixels.width !== options.width || pixels.height !== options.height)
        throw new Error(`frame ${k} is ${pixels.width}×${pixels.height}, expected ${options.width}×${options.height}`);
      const sample = new VideoSample(pixels.data, {
        format: 'RGBA',
        codedWidth: pixels.width,
        codedHeight: pixels.height,
        timestamp: k / fps,
        duration: 1 / fps,
      });
      try {
        await source.add(sample);
      } catch (e) {
        rethrow(e);
      } finally {
        sample.close();
      }
    },
    async finish() {
      source.close();
      await output.finalize().catch(rethrow);
    },
    async cancel() {
      await output.cancel().catch(() => undefined);
    },
  };
}
