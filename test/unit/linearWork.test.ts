import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/engine/lint';

const PARAGRAPH = 'The ferry sailed again on Tuesday after five months in dock, the operator said in a statement.';

/** Indexes and checks a seed of one paragraph pasted `times` times, next to a seed that shares it; returns the findings and the milliseconds taken. */
function checkRepeated(times: number): { findings: number; ms: number } {
  const corpus = new Corpus({ folder: '/corpus', config: defaultConfig(), configProblems: [] });
  corpus.update('file:///corpus/other.txt', `Ferry news\n\n${PARAGRAPH}\n`);
  const text = `Ferry notes\n\n${Array(times).fill(PARAGRAPH).join('\n\n')}\n`;
  const started = performance.now();
  const { seed } = corpus.update('file:///corpus/pasted.txt', text);
  const findings = corpus.check('file:///corpus/pasted.txt', seed).length;
  return { findings, ms: performance.now() - started };
}

describe('linear work on a seed of one paragraph pasted thousands of times', () => {
  it('gives a bounded number of findings, the rest counted in one', () => {
    const { findings } = checkRepeated(3000);
    assert.ok(findings <= 2 * (MAX_FINDINGS_PER_RULE + 1) + 5, `${findings} findings`);
  });

  it('takes about twice the time for twice the repeats, not four times', () => {
    checkRepeated(2000); // warm up the JIT, so that the first measured run is not the slow one
    const ratios = [0, 1].map(() => checkRepeated(16000).ms / checkRepeated(8000).ms);
    const ratio = Math.min(...ratios);
    assert.ok(ratio < 3, `twice the repeats took ${ratio.toFixed(2)}× the time`);
  });
});
