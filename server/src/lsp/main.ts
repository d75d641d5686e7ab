import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { watchFraming } from './framingWatch';
import { startServer } from './server';

// Over stdio a client can break the framing of its messages; the watch is attached before the
// connection's reader, so it sees each chunk first and the server exits before reading past it.
if (process.argv.includes('--stdio')) {
  watchFraming(process.stdin, (problem) => {
    process.stderr.write(`seed-curator-lsp: the client sent ${problem}. The messages that follow cannot be told apart, so the server stops (exit code 1) for the client to start it afresh.\n`);
    process.exit(1);
  });
}

// Picks the transport from the command line: --stdio, --node-ipc or --socket=<port>.
const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
