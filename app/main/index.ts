/**
 * Electron main: one concern per file (security, protocol, windows, menu, ipc, gpu-switches); this file only
 * wires them in the order Electron requires (scheme and switches before `ready`, the rest after).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, screen, session, shell } from 'electron';
import { IPC_CHANNELS, type MenuCommand } from '../shared/ipc/channels.ts';
import { gpuModeError, type GpuMode } from '../shared/ipc/gpu-mode.ts';
import { gpuModeFromArgv, gpuSwitches, hasDevFlag, hasE2eFlag, parseGpuPreference, resolveGpuMode, serializeGpuPreference } from './gpu-switches.ts';
import { createIpcHandlers, registerIpcHandlers } from './ipc.ts';
import { createSaveService, electronChooser } from './files.ts';
import { electronOpenChooser } from './open-file.ts';
import { buildMenuTemplate } from './menu.ts';
import { menuLanguageForLocale, type MenuLanguage } from './menu-words.ts';
import { discardSavesOnExit } from './save-lifecycle.ts';
import { handleAppProtocol, registerAppScheme } from './protocol.ts';
import { EXTERNAL_ALLOWLIST, denyAllPermissions, hardenWebContents } from './security.ts';
import { createMainWindow } from './windows.ts';
import { createPresenterOpener } from './presenter-window.ts';

// out/main/index.js → out/renderer, out/preload
const outDir = join(import.meta.dirname, '..');
const rendererRoot = join(outDir, 'renderer');
const preloadPath = join(outDir, 'preload', 'index.cjs');

app.setName('Atenea');
const preferenceFile = join(app.getPath('userData'), 'gpu.json');

const argvMode = gpuModeFromArgv(process.argv);
if (argvMode.kind === 'invalid') {
  console.error(gpuModeError(argvMode.value));
  process.exit(2);
}
const remembered = parseGpuPreference(existsSync(preferenceFile) ? readFileSync(preferenceFile, 'utf8') : undefined);
const gpu: GpuMode = resolveGpuMode(argvMode, remembered);
for (const { name, value } of gpuSwitches(gpu)) {
  if (value === undefined) app.commandLine.appendSwitch(name);
  else app.commandLine.appendSwitch(name, value);
}
const e2e = hasE2eFlag(process.argv);

registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  const window = BrowserWindow.getAllWindows()[0];
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

let mainWindow: BrowserWindow | null = null;
const openPresenter = createPresenterOpener(() => ({
  preload: preloadPath,
  gpu,
  e2e,
  displays: screen.getAllDisplays(),
  primaryId: screen.getPrimaryDisplay().id,
  audience: mainWindow && !mainWindow.isDestroyed() ? mainWindow : null,
}));
const saves = createSaveService(
  electronChooser(
    () => dialog,
    () => BrowserWindow.getFocusedWindow(),
    () => app.getPath('videos'),
  ),
);
const discarder = discardSavesOnExit(app, saves);
const openWindow = (): void => {
  mainWindow = createMainWindow({ preload: preloadPath, gpu, e2e, icon: join(rendererRoot, 'icon.png') });
  discarder.watch(mainWindow);
};

registerIpcHandlers(
  ipcMain,
  createIpcHandlers({
    rememberGpuMode: (mode) => {
      mkdirSync(app.getPath('userData'), { recursive: true });
      writeFileSync(preferenceFile, serializeGpuPreference(mode));
    },
    relaunch: (mode) => {
      const args = process.argv.slice(1).filter((arg) => !arg.startsWith('--gpu'));
      app.relaunch({ args: [...args, `--gpu=${mode}`] });
      app.exit(0);
    },
    openExternal: (url) => shell.openExternal(url),
    setMenuLanguage: (language) => installMenu(language),
    openPresenter,
    files: saves,
    chooseOpenPath: electronOpenChooser(
      () => dialog,
      () => BrowserWindow.getFocusedWindow(),
    ),
  }),
  (contents) => BrowserWindow.fromWebContents(contents),
);

/** Sets the application menu in a language (at start, and each time the page reports its language). */
function installMenu(language: MenuLanguage): void {
  const actions = { send, openArticle: () => void shell.openExternal(EXTERNAL_ALLOWLIST[0]!), developer: hasDevFlag(process.argv) };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, process.platform, language)));
}

const send = (command: MenuCommand): void => {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  window?.webContents.send(IPC_CHANNELS.menuCommand, command);
};

void app.whenReady().then(() => {
  denyAllPermissions(session.defaultSession);
  handleAppProtocol(rendererRoot);
  installMenu(menuLanguageForLocale(app.getLocale()));
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
