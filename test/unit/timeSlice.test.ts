import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TimeSlice } from '../../server/src/lsp/eventLoop';

/** The server's long loops (indexing, a warm start's publishing) give way to requests once their slice of time is spent. */
describe('TimeSlice', () => {
  it('is spent after its time, and lets what waits meanwhile run before the next slice', async () => {
    const slice = new TimeSlice();
    let answered = false;
    setImmediate(() => (answered = true));
    // Busy work, as a batch of seeds is: nothing else runs meanwhile.
    let steps = 0;
    while (!slice.spent) steps++;
    assert.ok(steps > 0);
    assert.equal(answered, false);
    await slice.next();
    assert.equal(answered, true, 'a request waiting ran between the slices');
    assert.equal(slice.spent, false, 'a new slice begins');
  });

  it('is one slice for loops sharing it that wait for the same turn, not one each', async () => {
    const slice = new TimeSlice();
    const busy = () => {
      while (!slice.spent);
    };
    busy();
    // Three loops waiting for the same turn: their callbacks run one after the other, with nothing answered between them.
    const steps: string[] = [];
    const loop = async (name: string) => {
      await slice.next();
      steps.push(`${name} ${slice.spent ? 'yields' : 'works'}`);
      if (!slice.spent) busy();
    };
    await Promise.all(['first', 'second', 'third'].map(loop));
    assert.deepEqual(steps, ['first works', 'second yields', 'third yields']);
  });
});
