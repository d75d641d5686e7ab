import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isKnownBoilerplate, PHRASES } from '../../server/src/engine/parse/boilerplatePhrases';

describe('known boilerplate lines', () => {
  // Lines near the phrases: their words, cases, numbers, emoji (two code units, one code point) and other letters.
  const phraseLike = fc
    .array(fc.constantFrom('Advertisement', 'annonse', 'Read more', ' on ', 'les også', 'Les mer', 'Følg oss', 'Politics', '2', ' min read', 'minutes', ' lesetid', 'Share this article', 'del denne saken', 'subscribe to our newsletter', ' ', 'x', 'é', '😀', ':', '.', 'leave a reply', 'Skip to content', 'Related stories'), { maxLength: 8 })
    .map((parts) => parts.join(''));

  it('are what one of the phrases matches, tested together', () => {
    fc.assert(
      fc.property(phraseLike, (line) => {
        const text = line.trim();
        assert.equal(isKnownBoilerplate(line), text.length > 0 && text.length <= 120 && PHRASES.some((pattern) => pattern.test(text)), JSON.stringify(line));
      }),
      { numRuns: 20000 },
    );
  });
});
