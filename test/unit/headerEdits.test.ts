import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/engine/fixes';
import { setHeaderField, setHeaderFields } from '../../server/src/engine/headerEdits';
import { parseSeed } from '../../server/src/engine/parse/parseSeed';

function withField(text: string, key: string, value: string): string {
  const edit = setHeaderField(parseSeed(text), key, value);
  return text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
}

describe('setHeaderField', () => {
  it('adds a key before the closing ---, even after a list value', () => {
    assert.equal(withField('---\ntitle: Bibliotek\nauthor:\n  - Ann\n  - Per\n---\nTekst.\n', 'date', '2022-01-10'), '---\ntitle: Bibliotek\nauthor:\n  - Ann\n  - Per\ndate: 2022-01-10\n---\nTekst.\n');
  });

  it('replaces an existing value, quoting what YAML would misread', () => {
    assert.equal(withField('---\ntitle: Old\n---\nText.\n', 'title', 'Putin: a new start'), '---\ntitle: "Putin: a new start"\n---\nText.\n');
  });

  it('opens front matter on a seed without a header, keeping its line endings', () => {
    assert.equal(withField('Headline\r\n\r\nText.\r\n', 'lang', 'en'), '---\r\nlang: en\r\n---\r\nHeadline\r\n\r\nText.\r\n');
  });

  it('adds a line to a legacy header in its own style', () => {
    assert.equal(withField('date 2020-08\nTekst her.\n', 'lang', 'nb'), 'lang: nb\ndate 2020-08\nTekst her.\n');
  });

  it('sets several keys at once: replaced in place, added together, a legacy header turned into front matter for keys it cannot hold', () => {
    const withFields = (text: string) => applyEdits(text, setHeaderFields(parseSeed(text), [{ key: 'section', value: 'Kultur' }, { key: 'lang', value: 'nb' }]));
    assert.equal(withFields('---\nlang: da\n---\nTekst.\n'), '---\nlang: nb\nsection: Kultur\n---\nTekst.\n');
    assert.equal(withFields('date 2020-08\n\nTekst her.\n'), '---\ndate: 2020-08\nsection: Kultur\nlang: nb\n---\n\nTekst her.\n');
  });
});
