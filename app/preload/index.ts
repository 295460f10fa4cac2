/**
 * The preload (sandboxed, bundled as CommonJS): exposes the narrow {@link AteneaHost} API as
 * `window.ateneaHost` and nothing else: no ipcRenderer, no Node.
 */
import { contextBridge } from 'electron';
import { createHostApi } from './host-api-impl.ts';

contextBridge.exposeInMainWorld('ateneaHost', createHostApi());
