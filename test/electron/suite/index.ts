import assert from 'node:assert/strict';
import * as vscode from 'vscode';

// Runs inside VS Code's extension host (see runTest.ts): a few checks of the extension through
// the vscode API, with no test framework. `run` rejects when a check fails, which fails the run.

const EXTENSION_ID = 'seed-curator.seed-curator';
const DIAGNOSTICS_TIMEOUT_MS = 60_000;

type Check = [name: string, body: () => Promise<void>];

function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves with the document's diagnostics once `accept` holds for them, or fails at a deadline. */
function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const timer = setTimeout(() => {
      finish();
      const found = codes(vscode.languages.getDiagnostics(uri)).join(', ') || 'none';
      reject(new Error(`No matching diagnostics for ${uri.fsPath} within ${DIAGNOSTICS_TIMEOUT_MS} ms (found: ${found})`));
    }, DIAGNOSTICS_TIMEOUT_MS);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) settle();
    });
    const finish = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    settle();
  });
}

/** Rule ids; a code with a documentation link comes as `{ value, target }`. */
const codes = (diagnostics: vscode.Diagnostic[]) =>
  diagnostics.map(({ code }) => String(typeof code === 'object' ? code.value : code));

const checks: Check[] = [
  [
    'the extension activates in a corpus workspace',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await extension.activate();
      assert.ok(extension.isActive);
    },
  ],
  [
    'its commands are registered',
    async () => {
      const commands = await vscode.commands.getCommands(true);
      for (const command of ['seedCurator.createConfig', 'seedCurator.checkCorpus', 'seedCurator.fixAll', 'seedCurator.showDuplicateClusters']) {
        assert.ok(commands.includes(command), command);
      }
    },
  ],
  [
    'an open seed gets its findings',
    async () => {
      const uri = seedUri('hurtigbaat-uten-dato.txt');
      await vscode.window.showTextDocument(uri);
      const diagnostics = await diagnosticsWhen(uri, (found) => codes(found).includes('missing-date') && codes(found).includes('duplicate-passage'));
      assert.ok(diagnostics.every((diagnostic) => diagnostic.source === 'seed-curator'));
    },
  ],
  [
    'Fix All applies the safe fixes of the active seed',
    async () => {
      const uri = seedUri('bridge-followup.txt');
      const editor = await vscode.window.showTextDocument(uri);
      await diagnosticsWhen(uri, (found) => codes(found).includes('stray-whitespace'));
      await vscode.commands.executeCommand('seedCurator.fixAll');
      assert.doesNotMatch(editor.document.getText(), /^\s/);
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, body] of checks) {
    try {
      await body();
      console.log(`  ✔ ${name}`);
    } catch (error) {
      console.error(`  ✘ ${name}\n${error instanceof Error ? error.stack : error}`);
      failures.push(name);
    }
  }
  if (failures.length) throw new Error(`${failures.length} of ${checks.length} checks failed: ${failures.join('; ')}`);
  console.log(`All ${checks.length} checks passed`);
}
