/**
 * Runs the real `atenea` command in a child process (as `npm run atenea` does), for the command's tests.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (where package.json and scripts/ are). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What the process did. */
export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Spawns `node --import ./scripts/register-loaders.mjs app/cli/main.ts ...args`, writes `stdin`, waits for exit. */
export function runAteneaProcess(args: readonly string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', './scripts/register-loaders.mjs', 'app/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the command may exit before reading stdin (a usage error)
    child.stdin.end(stdin);
  });
}

/** The last non-empty line of a text (native libraries may print warnings before the command's own line). */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}
