import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../shared/ipc/channels.ts';
import { createOpenFileHandler, electronOpenChooser, readOpenedFile } from './open-file.ts';

const lesson = {
  kind: 'lesson',
  id: 'mine',
  title: 'Mine',
  slides: [{ kind: 'title', title: 'Attention' }],
};
const scenario = { module: 'focus', kind: 'text', tokens: ['a', 'b'], attention: [0.25, 0.75] };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atenea-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readOpenedFile (main reads the file the open dialog chose)', () => {
  it('returns a lesson or a scenario with its name, text and kind', async () => {
    const text = JSON.stringify(lesson);
    expect(await readOpenedFile(put('mine.atenea-lesson.json', text))).toEqual({ ok: true, name: 'mine.atenea-lesson.json', text, kind: 'lesson' });
    expect(await readOpenedFile(put('s.json', JSON.stringify(scenario)))).toMatchObject({ ok: true, name: 's.json', kind: 'scenario' });
  });

  it('refuses a bad file in one line naming the field and what is allowed', async () => {
    const bad = { ...lesson, slides: [{ kind: 'movie', title: 'x' }] };
    const answer = await readOpenedFile(put('bad.json', JSON.stringify(bad)));
    expect(answer.ok).toBe(false);
    const error = (answer as { error: string }).error;
    expect(error).toMatch(/slides\[0\]\.kind/);
    expect(error).toMatch(/allowed/);
    expect(error).not.toMatch(/\n/);
    expect(await readOpenedFile(put('n.json', '{"module": "nope"}'))).toMatchObject({ ok: false, error: expect.stringMatching(/^module: .*allowed: one of/) });
    expect(await readOpenedFile(put('j.json', '{ not json'))).toMatchObject({ ok: false, error: expect.stringContaining('j.json') });
  });

  it('stops at the size limit, and refuses text that is not UTF-8, a folder and a missing file', async () => {
    expect(await readOpenedFile(put('big.json', JSON.stringify(lesson)), 16)).toEqual({
      ok: false,
      error: 'big.json: larger than 16 bytes; allowed: at most 16 bytes',
    });
    expect(await readOpenedFile(put('latin.json', Buffer.from([0x7b, 0xe9, 0x7d])))).toMatchObject({ ok: false, error: expect.stringContaining('not UTF-8') });
    mkdirSync(join(dir, 'folder.json'));
    expect(await readOpenedFile(join(dir, 'folder.json'))).toMatchObject({ ok: false, error: expect.stringContaining('not a file') });
    expect(await readOpenedFile(join(dir, 'gone.json'))).toEqual({ ok: false, error: 'gone.json: no such file' });
  });
});

describe('file:open (IPC)', () => {
  it('takes no arguments: a path from the renderer is refused before any dialog', async () => {
    const choose = vi.fn(async () => null);
    const spec = createOpenFileHandler(choose)[IPC_CHANNELS.fileOpen];
    expect(spec.validate([])).toEqual({ ok: true, args: [] });
    expect(spec.validate(['/etc/passwd'])).toMatchObject({ ok: false, error: expect.stringMatching(/takes no arguments/) });
    expect(createOpenFileHandler(undefined)[IPC_CHANNELS.fileOpen].validate([])).toMatchObject({ ok: false });
    expect(choose).not.toHaveBeenCalled();
  });

  it('answers null when the dialog is cancelled, else the file main read', async () => {
    let chosen: string | null = null;
    const spec = createOpenFileHandler(async () => chosen)[IPC_CHANNELS.fileOpen];
    expect(await spec.handle()).toBeNull();
    chosen = put('s.json', JSON.stringify(scenario));
    expect(await spec.handle()).toMatchObject({ ok: true, kind: 'scenario' });
  });

  it("shows Electron's open dialog for JSON files, on the window when there is one", async () => {
    const showOpenDialog = vi.fn(async () => ({ canceled: false, filePaths: ['/home/l/clase.json'] }));
    const window = {} as never;
    expect(
      await electronOpenChooser(
        () => ({ showOpenDialog }) as never,
        () => window,
      )(),
    ).toBe('/home/l/clase.json');
    expect(showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile'], filters: [expect.objectContaining({ extensions: ['json'] })] }),
    );
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(
      await electronOpenChooser(
        () => ({ showOpenDialog }) as never,
        () => null,
      )(),
    ).toBeNull();
  });
});
