import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../server/src/engine/rules/allRules';
import { catalogueFiles, REPO } from '../catalogue/catalogue';

describe('the rule catalogue', () => {
  it('is current in the README, docs/rules.md and the config schema (npm run catalogue writes it)', () => {
    for (const { file, content } of catalogueFiles()) {
      assert.equal(fs.readFileSync(path.join(REPO, file), 'utf8'), content, `${file} is stale: run npm run catalogue`);
    }
  });

  it('documents every rule under its own heading in docs/rules.md', () => {
    const docs = fs.readFileSync(path.join(REPO, 'docs/rules.md'), 'utf8');
    const headings = new Set([...docs.matchAll(/^## ([a-z-]+)$/gm)].map((match) => match[1]));
    assert.deepEqual(ALL_RULES.map((rule) => rule.id).filter((id) => !headings.has(id)), []);
  });
});
