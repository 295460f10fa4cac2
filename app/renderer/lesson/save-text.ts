/**
 * Saving a lesson or scenario file: in Electron main shows the save dialog and writes the file atomically
 * (a temporary file renamed on finish; the recorder's validated save stream), in the browser hosts a download.
 */
import type { AteneaHost } from '../../shared/host-api.ts';

/** Saves `text` as `name`; resolves to the name saved under, or null when the user cancelled the dialog. */
export async function saveTextFile(
  host: Pick<AteneaHost, 'saveBegin' | 'saveWrite' | 'saveFinish' | 'saveAbort'> | null,
  name: string,
  text: string,
  doc: Document = document,
): Promise<string | null> {
  const bytes = new TextEncoder().encode(text);
  if (host) {
    const handle = await host.saveBegin({ kind: 'file', suggestedName: name });
    if (!handle) return null;
    try {
      await host.saveWrite(handle.id, 0, bytes);
      await host.saveFinish(handle.id);
    } catch (error) {
      await host.saveAbort(handle.id).catch(() => undefined);
      throw error;
    }
    return handle.name;
  }
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
