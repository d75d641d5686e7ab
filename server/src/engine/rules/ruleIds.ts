/** Every rule's id, in the order of the spec's catalogue. These are the diagnostics' `code`s. */
export const RULE_IDS = [
  'duplicate-passage',
  'corpus-duplicate',
  'duplicate-seed',
  'missing-date',
  'invalid-date',
  'imprecise-date',
  'fused-header',
  'mail-header',
  'missing-title',
  'fused-kicker',
  'navigation-header',
  'caption-header',
  'malformed-front-matter',
  'boilerplate',
  'chrome-block',
  'quoted-reply',
  'missing-language',
  'language-mismatch',
  'mixed-language',
  'stray-whitespace',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
export type { SeverityName } from '../../protocol/configFile';
