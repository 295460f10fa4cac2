/**
 * The browser host streams an export to disk (README "Speed", "Export"): with the File System Access API the
 * muxer's writes go into the picked file as they come, nothing is downloaded, and the file is a complete video.
 * Playwright cannot answer the real save picker, so the page's picker hands out a file of the origin's private
 * file system (the same FileSystemFileHandle/createWritable API); the bytes are then probed with ffprobe.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { probeVideo, type ExportChoice } from './recording-helpers.ts';

type Page = { ateneaRecorder: { service: { export(c: ExportChoice): Promise<{ name: string; frames: number } | null> } }; picked: string[] };

test('an MP4 export streams into the picked file: no download, a complete video with every frame', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await app.settled();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.evaluate(() => {
    const w = window as unknown as Page & { showSaveFilePicker: (o: { suggestedName: string }) => Promise<FileSystemFileHandle> };
    w.picked = [];
    w.showSaveFilePicker = async (options) => {
      w.picked.push(options.suggestedName);
      const root = await navigator.storage.getDirectory();
      return root.getFileHandle('stream-test.mp4', { create: true });
    };
  });
  const choice: ExportChoice = { format: 'mp4', from: 0, to: 1, fps: 30, secondsPerStep: 0.5, secondsPerTransition: 0.2, width: 640, height: 360 };
  const outcome = await page.evaluate((c) => (window as unknown as Page).ateneaRecorder.service.export(c), choice);
  expect(outcome).toEqual({ name: 'stream-test.mp4', frames: 30 });
  expect(await page.evaluate(() => (window as unknown as Page).picked)).toEqual([expect.stringMatching(/\.mp4$/)]);
  const bytes = await page.evaluate(async () => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle('stream-test.mp4')).getFile();
    return Array.from(new Uint8Array(await file.arrayBuffer()));
  });
  expect(downloads).toBe(0);
  const path = join(mkdtempSync(join(tmpdir(), 'atenea-stream-')), 'streamed.mp4');
  writeFileSync(path, Uint8Array.from(bytes));
  const probe = probeVideo(path);
  expect([probe.codec, probe.frames, probe.width, probe.height]).toEqual(['h264', 30, 640, 360]);
});
