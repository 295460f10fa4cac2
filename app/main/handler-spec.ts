/**
 * The shape of a main-process IPC handler, shared by the handler table (ipc.ts) and the modules that contribute
 * handlers (files.ts), so neither imports the other.
 */
import type { InvokeChannel, InvokeContract } from '../shared/ipc/channels.ts';

/** A validated handler: `validate` turns the raw arguments into typed ones or says why not (one line). */
export interface HandlerSpec<C extends InvokeChannel> {
  validate(args: readonly unknown[]): { ok: true; args: InvokeContract[C]['args'] } | { ok: false; error: string };
  handle(...args: InvokeContract[C]['args']): Promise<InvokeContract[C]['result']> | InvokeContract[C]['result'];
}

/**
 * Every invoke channel and its handler: adding a channel (e.g. the recorder's "save file", where main shows the
 * dialog and writes the file) is one entry in createIpcHandlers (ipc.ts) plus its line in app/shared/ipc/channels.ts.
 */
export type IpcHandlers = { [C in InvokeChannel]: HandlerSpec<C> };
