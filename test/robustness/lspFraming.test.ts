import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { StreamMessageReader, type Message, type ResponseMessage } from 'vscode-languageserver-protocol/node';
import { STALL_MS } from '../../server/src/lsp/framingWatch';

const SERVER = path.resolve(__dirname, '../../../bin/seed-curator-lsp.js');
/** A failure guard only: every wait ends on the event it waits for. */
const DEADLINE_MS = STALL_MS + 20_000;

/** The server over raw stdio, to send it bytes no protocol library would. */
class RawServer {
  readonly child: ChildProcess;
  stderr = '';
  private readonly responses = new Map<number, (response: ResponseMessage) => void>();
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', resolve));
    new StreamMessageReader(this.child.stdout!).listen((message: Message) => {
      const response = message as ResponseMessage;
      if (typeof response.id === 'number') this.responses.get(response.id)?.(response);
    });
  }

  send(bytes: string): void {
    this.child.stdin!.write(bytes);
  }

  /** A request framed as the protocol says, and its answer. */
  request(id: number, method: string, params: unknown): Promise<ResponseMessage> {
    const answered = new Promise<ResponseMessage>((resolve) => this.responses.set(id, resolve));
    this.send(framed(JSON.stringify({ jsonrpc: '2.0', id, method, params })));
    return within(answered, `the answer to ${method}`);
  }

  async initialize(): Promise<void> {
    const { result } = await this.request(1, 'initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    assert.ok(result, 'the server answers initialize');
  }

  async exitCode(): Promise<number | null> {
    return within(this.exited, 'the server to exit');
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

function framed(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`waited ${DEADLINE_MS} ms for ${what}`)), DEADLINE_MS)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const hover = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///none.txt' }, position: { line: 0, character: 0 } } });

describe('language server, a client that breaks the framing of its messages', () => {
  // Each case its own server, all at once: the one that waits out a stalled message sets the pace.
  const cases: [string, (server: RawServer) => void, RegExp][] = [
    ['no Content-Length', (server) => server.send(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${hover}`), /without Content-Length/],
    ['a Content-Length that is not a number', (server) => server.send(`Content-Length: twelve\r\n\r\n${hover}`), /no length \("twelve"\)/],
    ['a negative Content-Length', (server) => server.send(`Content-Length: -5\r\n\r\n${hover}`), /no length \("-5"\)/],
    ['a Content-Length no message can have', (server) => server.send(`Content-Length: 99999999999999\r\n\r\n${hover}`), /more than any message can be/],
    ['a Content-Length larger than the message, then well-formed messages', (server) => server.send(`Content-Length: ${Buffer.byteLength(hover) + 30}\r\n\r\n${hover}${framed(hover)}`), /the end of its header after 10 s/],
    ['a Content-Length smaller than the message', (server) => server.send(`Content-Length: ${Buffer.byteLength(hover) - 10}\r\n\r\n${hover}`), /the end of its header after 10 s/],
    ['a Content-Length larger than the message, then nothing', (server) => server.send(`Content-Length: ${Buffer.byteLength(hover) + 30}\r\n\r\n${hover}`), /still missing 30 of its \d+ bytes after 10 s/],
    ['a header line that is no header', (server) => server.send(`{"jsonrpc": "2.0"}\r\n\r\n`), /no "Name: value"/],
  ];

  it('exits with code 1 and says why on stderr, so that the client restarts it, instead of falling silent', async () => {
    await Promise.all(
      cases.map(async ([name, breakFraming, reason]) => {
        const server = new RawServer();
        try {
          await server.initialize();
          breakFraming(server);
          assert.equal(await server.exitCode(), 1, `${name}: exit code`);
          assert.match(server.stderr, /^seed-curator-lsp: the client sent /m, `${name}: stderr says what happened`);
          assert.match(server.stderr, reason, name);
        } finally {
          server.stop();
        }
      }),
    );
  });

  it('keeps serving after a well-framed message that is no JSON: the framing holds, so nothing is lost but that message', async () => {
    const server = new RawServer();
    try {
      await server.initialize();
      server.send(framed('{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hov'));
      const { result, error } = await server.request(3, 'textDocument/hover', JSON.parse(hover).params);
      assert.equal(error, undefined);
      assert.equal(result, null, 'the next request is answered');
      assert.equal(server.child.exitCode, null, 'the server runs on');
    } finally {
      server.stop();
    }
  });
});
