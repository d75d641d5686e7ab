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
});
