import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FramingWatch } from '../../server/src/lsp/framingWatch';

function framed(body: string, header = ''): Buffer {
  return Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n${header}\r\n${body}`);
}

/** Well-formed traffic: small messages, a large one, multi-byte text, another header, a batch. */
const STREAM = Buffer.concat([
  framed('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}'),
  framed(`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"${'Fergen gikk igjen tirsdag 😀 '.repeat(3000)}"}}`),
  framed('{"jsonrpc":"2.0","id":2,"result":null}', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n'),
  framed('[{"jsonrpc":"2.0","id":3,"method":"shutdown"}]'),
]);

function feed(chunks: Buffer[]): string[] {
  const problems: string[] = [];
  const watch = new FramingWatch((problem) => problems.push(problem), 60_000);
  for (const chunk of chunks) watch.onData(chunk);
  watch.dispose();
  return problems;
}

describe('FramingWatch', () => {
  it('finds nothing wrong in well-framed messages, however the stream is cut into chunks, and is in step at their end', () => {
    // A header that is wrong from its first line: found only by a watch that kept count of every byte before it.
    const STEP_CHECK = Buffer.from('Content-Length: x\r\n\r\n');
    const inStep = (chunks: Buffer[]) => assert.deepEqual(feed([...chunks, STEP_CHECK]), ['a Content-Length that is no length ("x")']);
    const cuts = fc.uniqueArray(fc.integer({ min: 1, max: STREAM.length - 1 }), { maxLength: 40 });
    fc.assert(
      fc.property(cuts, (at) => {
        const points = [0, ...at.sort((a, b) => a - b), STREAM.length];
        inStep(points.slice(1).map((end, i) => STREAM.subarray(points[i], end)));
      }),
      { numRuns: 300 },
    );
    inStep([...STREAM].map((byte) => Buffer.from([byte])));
  });

  it('tells a broken header from the first byte it shows, even split over chunks', () => {
    const broken = Buffer.from('Content-Length: 1x\r\n\r\n{}');
    assert.match(feed([broken.subarray(0, 17), broken.subarray(17)]).join(), /no length \("1x"\)/);
    assert.match(feed([Buffer.from('x'.repeat(9000))]).join(), /without the blank line that ends a message header/);
  });
});
