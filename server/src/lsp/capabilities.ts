import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import type { ClientFeatures } from './clientFeatures';
import { CODE_ACTION_KINDS } from './codeActions';
import { COMMANDS } from './commands';

/** The identifier of the server's pull diagnostics. */
export const DIAGNOSTIC_IDENTIFIER = 'seed-curator';

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS, resolveProvider: false },
    executeCommandProvider: { commands: COMMANDS },
    documentSymbolProvider: { label: 'Seed' },
    hoverProvider: true,
  };
  capabilities.workspace = {
    // A seed deleted in the editor may still be open there: its watched-file event is ignored, this one is not.
    fileOperations: { didDelete: { filters: [{ scheme: 'file', pattern: { glob: '**/*' } }] } },
    ...(features.workspaceFolders && { workspaceFolders: { supported: true, changeNotifications: true } }),
  };
  if (features.pullDiagnostics) {
    // A seed's findings depend on other seeds (corpus duplicates), hence interFileDependencies.
    capabilities.diagnosticProvider = { identifier: DIAGNOSTIC_IDENTIFIER, interFileDependencies: true, workspaceDiagnostics: true };
  }
  return capabilities;
}
