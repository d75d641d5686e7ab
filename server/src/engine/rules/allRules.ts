import { boilerplate } from './boilerplate';
import { captionHeader } from './captionHeader';
import { chromeBlock } from './chromeBlock';
import { corpusDuplicate } from './corpusDuplicate';
import { duplicatePassage } from './duplicatePassage';
import { duplicateSeed } from './duplicateSeed';
import { fusedHeader } from './fusedHeader';
import { fusedKicker } from './fusedKicker';
import { impreciseDate } from './impreciseDate';
import { invalidDate } from './invalidDate';
import { languageMismatch } from './languageMismatch';
import { mailHeader } from './mailHeader';
import { malformedFrontMatter } from './malformedFrontMatter';
import { missingDate } from './missingDate';
import { missingLanguage } from './missingLanguage';
import { missingTitle } from './missingTitle';
import { mixedLanguage } from './mixedLanguage';
import { navigationHeader } from './navigationHeader';
import { quotedReply } from './quotedReply';
import type { AnyRule } from './rule';
import { strayWhitespace } from './strayWhitespace';

/** In the spec's catalogue order. */
export const ALL_RULES: readonly AnyRule[] = [
  duplicatePassage,
  corpusDuplicate,
  duplicateSeed,
  missingDate,
  invalidDate,
  impreciseDate,
  fusedHeader,
  mailHeader,
  missingTitle,
  fusedKicker,
  navigationHeader,
  captionHeader,
  malformedFrontMatter,
  boilerplate,
  chromeBlock,
  quotedReply,
  missingLanguage,
  languageMismatch,
  mixedLanguage,
  strayWhitespace,
];

/** The rules whose findings another seed's edit can change. */
export const CROSS_SEED_RULES: readonly AnyRule[] = ALL_RULES.filter((rule) => rule.crossSeed);

/** The rules whose fixes may be safe: what `check --fix` runs between its passes, with no corpus (a safe fix never depends on other seeds). */
export const SAFELY_FIXING_RULES: readonly AnyRule[] = ALL_RULES.filter((rule) => rule.fixesSafely);
