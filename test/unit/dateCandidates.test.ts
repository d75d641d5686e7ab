import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { detailsOf } from '../../server/src/engine/findings';
import { checkCorpus } from './fixtureCorpus';

/** The values of the missing-date candidates of each seed, best first. */
function candidates(...texts: string[]): string[][] {
  const seeds = texts.map((text, i) => ({ name: `${i}.txt`, uri: `file:///corpus/${i}.txt`, text, expected: [] }));
  return checkCorpus(seeds, defaultConfig()).map(({ findings }) => findings.flatMap((f) => detailsOf(f, 'missing-date')?.candidates.map((c) => c.value) ?? []));
}

describe('date candidates', () => {
  it('puts a dateline at the top before the dates the article tells of', () => {
    const text = 'Bridge reopens\n\nThe bridge closed on 2 March 2021 after a lorry hit it. Engineers finished the repairs last week.\n\nPublished 9 May 2021\n';
    const withDateline = 'Bridge reopens\nPublished 9 May 2021, 07:45\n\nThe bridge closed on 2 May 2021 after a lorry hit it. Engineers finished the repairs last week.\n';
    assert.deepEqual(candidates(text, withDateline), [['2021-03-02', '2021-05-09'], ['2021-05-09', '2021-05-02']]);
  });

  it('never prefers a date that lies years before the others', () => {
    const text = 'Book review\n\nThe murder in Dallas on 22 November 1963 still draws writers. This one found new sources in Norway.\n\nPublisert 05.11.2023 08:15\n';
    assert.deepEqual(candidates(text), [['2023-11-05', '1963-11-22']]);
  });

  it('prefers a date in another header field, and leaves out dates in the future', () => {
    const text = '---\ntitle: Pool to close\npublished: 2022-06-01\n---\nThe pool will close on 1 September 2022 and a new one is due on 1 March 2031.\n';
    assert.deepEqual(candidates(text), [['2022-06-01', '2022-09-01']]);
  });

  it('reads a US date at the top, and not an ambiguous one', () => {
    assert.deepEqual(candidates('Posted on 7/23/2012 by gardengal\nThe tomatoes are ripening at last.\nMore next week.\n'), [['2012-07-23']]);
    assert.deepEqual(candidates('Posted on 7/3/2012 by gardengal\nThe tomatoes are ripening at last.\nMore next week.\n'), [[]]);
  });
});
