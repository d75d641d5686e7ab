import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../server/src/engine/config/config';
import { defaultConfig } from '../../server/src/protocol/configFile';
import { ALL_RULES } from '../../server/src/engine/rules/allRules';
import { RULE_IDS } from '../../server/src/engine/rules/ruleIds';

const SCHEMA = path.resolve(__dirname, '../../../schemas/seedcurator.schema.json');

describe('.seedcurator.json', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));

  it('has a schema that names every rule and the engine’s defaults', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
    const defaults = defaultConfig();
    assert.deepEqual(schema.properties.include.default, defaults.include);
    for (const [key, value] of Object.entries(defaults.duplicates)) assert.equal(schema.properties.duplicates.properties[key].default, value, key);
    assert.equal(schema.properties.boilerplate.properties.minSeeds.default, defaults.boilerplate.minSeeds);
    assert.deepEqual(ALL_RULES.map((rule) => rule.id), [...RULE_IDS]);
  });

  it('reports what is wrong and keeps the defaults for it', () => {
    const { config, problems } = parseConfig('{"rules": {"boilerplate": "loud", "no-such-rule": "off", "mixed-language": "off"}, "duplicates": {"similarity": 2, "minWords": 0}, "colour": 1}');
    assert.equal(config.rules['mixed-language'], 'off');
    assert.equal(config.rules.boilerplate, undefined);
    assert.equal(config.duplicates.similarity, defaultConfig().duplicates.similarity);
    assert.deepEqual(problems.map((p) => p.message), [
      'The severity of "boilerplate" must be "off", "info", "warning" or "error".',
      `Unknown rule "no-such-rule". Known rules: ${RULE_IDS.join(', ')}.`,
      '"duplicates.minWords" must be a whole number of at least 1.',
      '"duplicates.similarity" must be between 0 and 1.',
      'Unknown setting "colour".',
    ]);
    assert.match(parseConfig('{"rules": ').problems[0].message, /not valid JSON/);
  });
});
