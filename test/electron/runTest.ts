import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

// Runs test/electron/suite in a desktop VS Code with this repository as the extension under
// development. VSCODE_EXECUTABLE names a local VS Code binary; without it @vscode/test-electron
// downloads one, which needs network access to update.code.visualstudio.com.

const REPO_ROOT = path.resolve(__dirname, '../../..');
const VSCODE_VERSION = '1.100.3';

async function main(): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'seed-electron-'));
  const workspace = path.join(root, 'corpus');
  await fs.cp(path.join(REPO_ROOT, 'test', 'workspaces', 'corpus'), workspace, { recursive: true });
  const executable = process.env.VSCODE_EXECUTABLE;
  try {
    await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version: VSCODE_VERSION }),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(root, 'user-data')}`,
      ],
    });
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
