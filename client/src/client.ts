import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientCommands, type InitializationOptions } from '../../server/src/protocol/protocol';
import { documentSelector, type CorpusLayout } from './corpusLayout';

/** The client id: VS Code reads `seedCurator.trace.server` from it. */
const CLIENT_ID = 'seedCurator';
const CLIENT_NAME = 'Seed Curator';

/** The bundled server, or undefined (with an explanation in the log) when the build has not made it. */
export function findServerModule(extension: vscode.ExtensionContext, output: vscode.LogOutputChannel): string | undefined {
  const serverModule = extension.asAbsolutePath('dist/server.js');
  if (fs.existsSync(serverModule)) return serverModule;
  output.error(`The language server is missing: ${serverModule} does not exist. Run \`npm run build\` and reload the window.`);
  return undefined;
}

/** `cacheFolder`: the extension's workspace storage, where the server keeps its analysis cache (none without a workspace). */
export function createLanguageClient(serverModule: string, layout: CorpusLayout, output: vscode.LogOutputChannel, cacheFolder: string | undefined): LanguageClient {
  // Over stdio the server writes a seed's diagnostics into its messages as it keeps them, in JSON
  // (see the server's rawJson); over node IPC it must parse them for Node to serialise them again.
  const run = { module: serverModule, transport: TransportKind.stdio };
  const serverOptions: ServerOptions = {
    run,
    debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(layout),
    outputChannel: output,
    initializationOptions: { cacheFolder, confirmsSeedDeletes: true, clientCommands: true } satisfies InitializationOptions,
    // The hover's "Compare" links run this command, and no other.
    markdown: { isTrusted: { enabledCommands: [ClientCommands.compare] } },
    synchronize: {
      // The server pulls settings with workspace/configuration; this makes it hear of changes.
      // Files on disk it watches itself, from each corpus's include globs: watching here too would tell it twice.
      configurationSection: 'seedCurator',
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
