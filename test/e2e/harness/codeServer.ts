import { spawn, execFile, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { E2E_TOOLS_DIR } from './paths';
import { pollUntil } from './poll';

const CODE_SERVER = path.join(E2E_TOOLS_DIR, 'node_modules', '.bin', 'code-server');

/** What a user would otherwise click away before seeing the workspace. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'editor.codeActionsOnSave': { 'source.fixAll.seed-curator': 'explicit' },
  // VS Code in a browser saves after a delay by default; the tests save explicitly, as
  // codeActionsOnSave "explicit" requires.
  'files.autoSave': 'off',
};

export interface CodeServerDirs {
  /** Holds user-data, extensions and config; the caller removes it. */
  root: string;
  workspace: string;
}

export interface CodeServer {
  url: string;
  /** Everything code-server printed, for failure reports. */
  log(): string;
  stop(): Promise<void>;
}

export async function installExtension(vsix: string, root: string): Promise<void> {
  await promisify(execFile)(CODE_SERVER, ['--config', await emptyConfig(root), '--extensions-dir', path.join(root, 'extensions'), '--install-extension', vsix, '--force']);
}

/** Starts code-server on a free local port with a fresh user-data dir, and waits until it answers. */
export async function startCodeServer({ root, workspace }: CodeServerDirs): Promise<CodeServer> {
  const userDataDir = path.join(root, 'user-data');
  await fs.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fs.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = await freePort();
  const args = [
    '--config', await emptyConfig(root),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', path.join(root, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspace,
  ];
  // Its own process group, so stop() also ends the extension host and the language server.
  const child = spawn(CODE_SERVER, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: CodeServer = {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    log: () => output,
    stop: () => stopGroup(child, exited),
  };
  try {
    await pollUntil('code-server to listen', () => (child.exitCode !== null ? Promise.reject(new Error(`code-server exited:\n${output}`)) : answers(port)), 60_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function answers(port: number): Promise<true | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return response.ok ? true : undefined;
  } catch {
    return undefined;
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') signalGroup('SIGKILL');
}

/** Without --config, code-server writes one (with a password) into the user's home. */
async function emptyConfig(root: string): Promise<string> {
  const file = path.join(root, 'code-server.yaml');
  await fs.writeFile(file, '');
  return file;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
