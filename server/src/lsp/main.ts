import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Picks the transport from the command line: --stdio, --node-ipc or --socket=<port>.
const connection = createConnection(ProposedFeatures.all);
startServer(connection);
connection.listen();
