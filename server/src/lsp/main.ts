import { Console } from 'node:console';
import { fstatSync } from 'node:fs';
import { Socket } from 'node:net';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { watchFraming } from './framingWatch';
import { RAW_JSON_ENCODER } from './rawJson';
import { startServer } from './server';

const stdio = process.argv.includes('--stdio');

// Over stdio a client can break the framing of its messages; the watch is attached before the
// connection's reader, so it sees each chunk first and the server exits before reading past it.
if (stdio) {
  watchFraming(process.stdin, (problem) => {
    process.stderr.write(`seed-curator-lsp: the client sent ${problem}. The messages that follow cannot be told apart, so the server stops (exit code 1) for the client to start it afresh.\n`);
    process.exit(1);
  });
}

/**
 * Over stdio, messages are written with RAW_JSON_ENCODER, which carries a seed's diagnostics as
 * the store keeps them, in JSON; stdout is theirs alone, so console output goes to stderr (the
 * library does so itself only for the connection it makes from the command line). Otherwise the
 * library picks the transport from the command line: --node-ipc or --socket=<port>.
 */
function connect(): { connection: Connection; rawJsonMessages: boolean } {
  if (!stdio) return { connection: createConnection(ProposedFeatures.all), rawJsonMessages: false };
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
  const writer = new StreamMessageWriter(standardOutput(), { charset: 'utf-8', contentTypeEncoder: RAW_JSON_ENCODER });
  // stdin as a stream, as the library takes it from the command line: it then exits when stdin ends.
  // Its types take two streams or a reader and a writer; at run time either side may be either.
  const input = process.stdin as unknown as MessageReader;
  return { connection: createConnection(ProposedFeatures.all, input, writer), rawJsonMessages: true };
}

/**
 * Where messages go over stdio. Node writes `process.stdout` synchronously when it is a pipe (on
 * Linux): a client slower to read than the server to publish (a warm start sends a corpus's
 * findings in seconds) then held the whole server, and a hover waited a second. A pipe or a socket
 * is written asynchronously through a socket of its own; anything else (a file), and any stdout on
 * Windows (whose pipes a socket does not wrap by descriptor), as Node does.
 */
function standardOutput(): NodeJS.WritableStream {
  if (process.platform === 'win32') return process.stdout;
  const stat = fstatSync(1);
  return stat.isFIFO() || stat.isSocket() ? new Socket({ fd: 1, readable: false, writable: true }) : process.stdout;
}

const { connection, rawJsonMessages } = connect();
startServer(connection, { rawJsonMessages });
connection.listen();
