import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { createSeedWatchers, documentSelector, type CorpusLayout } from './corpusLayout';

/** The client id: VS Code reads `seedCurator.trace.server` from it. */
const CLIENT_ID = 'seedCurator';
const CLIENT_NAME = 'Seed Curator';

export interface StartedClient {
  client: LanguageClient;
  /** Watchers made for this client; disposed with it, since a new layout needs new ones. */
  watchers: vscode.Disposable;
}

/** The bundled server, or undefined (with an explanation in the log) when the build has not made it. */
export function findServerModule(extension: vscode.ExtensionContext, output: vscode.LogOutputChannel): string | undefined {
  const serverModule = extension.asAbsolutePath('dist/server.js');
  if (fs.existsSync(serverModule)) return serverModule;
  output.error(`The language server is missing: ${serverModule} does not exist. Run \`npm run build\` and reload the window.`);
  return undefined;
}

export function createLanguageClient(serverModule: string, layout: CorpusLayout, output: vscode.LogOutputChannel): StartedClient {
  const run = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = {
    run,
    debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const watchers = createSeedWatchers(layout);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(layout),
    outputChannel: output,
    synchronize: {
      // The server pulls settings with workspace/configuration; this makes it hear of changes.
      configurationSection: 'seedCurator',
      fileEvents: watchers,
    },
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  return { client, watchers: vscode.Disposable.from(...watchers) };
}
