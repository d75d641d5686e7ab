import { URI } from 'vscode-uri';
import { analyseSeed, digestOf, indexInputOf, quoteKeysOf, type AnalysedSeed, type SeedDigest } from '../analyse';
import { describeSeed, type DescribedSeed } from '../describe';
import type { DetectedLanguage } from '../language/detectLanguage';
import { seedMatcher, type CorpusConfig, type ConfigProblem } from '../config/config';
import { lintSeed, sortByPosition } from '../lint';
import { ALL_RULES, SAFELY_FIXING_RULES } from '../rules/allRules';
import type { RuleId } from '../rules/ruleIds';
import { ignoredRules } from '../config/ignoredRules';
import { CORPUS_WIDE_RULES, CorpusWideTally, type CorpusWideRule, type CorpusWideSummary } from './corpusWide';
import { configEffect, type ConfigEffect } from './configEffect';
import type { AnyRule } from '../rules/rule';
import type { SeedFinding, Twin } from '../findings';
import { corpusFactsOf, NO_CORPUS, twinOf, type CorpusFacts } from './corpusFacts';
import { CorpusIndex, indexOptionsOf } from './corpusIndex';
import type { LookupKeys } from './packedPassages';
import { relativeUriPath } from '../relativePath';

export interface CorpusRoot {
  /** Folder of the corpus (file system path). */
  folder: string;
  /** The `.seedcurator.json` file, when there is one. */
  configFile?: string;
  config: CorpusConfig;
  configProblems: ConfigProblem[];
}

/**
 * One corpus: its config, its index, and checks of its seeds. It holds no seed text: callers pass
 * the text of the seed they update or check, so the CLI and the language server share it.
 */
export class Corpus {
  readonly index: CorpusIndex;
  readonly rootUri: string;
  readonly configUri?: string;
  private readonly matches: (relativePath: string) => boolean;
  /** The text hash of each seed the index holds (see `SeedDigest.textHash`). */
  private readonly textHashes = new Map<string, number>();
  private contentChangeCount = 0;
  private readonly corpusWide = new CorpusWideTally((uri, rule) => ignoredRules(this.config, this.relativePath(uri) ?? uri).has(rule));

  constructor(readonly root: CorpusRoot) {
    this.index = new CorpusIndex(indexOptionsOf(root.config));
    this.rootUri = URI.file(root.folder).toString();
    this.configUri = root.configFile ? URI.file(root.configFile).toString() : undefined;
    this.matches = seedMatcher(root.config);
  }

  get config(): CorpusConfig {
    return this.root.config;
  }

  /** The seed's path relative to the corpus root, with `/`; undefined outside the root. */
  relativePath(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return undefined;
    return relativeUriPath(URI.parse(this.rootUri).path, parsed.path);
  }

  isSeed(uri: string): boolean {
    const relative = this.relativePath(uri);
    return relative !== undefined && this.matches(relative);
  }

  /** Analyses a seed's current text and puts it in the index. Returns the uris of other seeds whose findings may change. */
  update(uri: string, text: string, knownLanguage?: DetectedLanguage): { seed: AnalysedSeed; affected: string[] } {
    const seed = analyseSeed(text, this.config, knownLanguage);
    return { seed, affected: this.updateDigest(uri, digestOf(seed, this.config)) };
  }

  /** Puts a seed analysed elsewhere (a worker thread, a cache) in the index; returns the uris of other seeds whose findings may change. */
  updateDigest(uri: string, digest: SeedDigest): string[] {
    const relative = this.relativePath(uri) ?? uri;
    this.holdText(uri, digest.textHash, true);
    return unique(this.urisOf(this.index.upsert(indexInputOf(digest, uri, relative))), this.corpusWide.set(uri, relative, digest.lacked));
  }

  /** Analyses a seed's text and puts it in the index as a whole corpus is loaded (see `loadDigest`). */
  load(uri: string, text: string): void {
    this.loadDigest(uri, digestOf(analyseSeed(text, this.config), this.config));
  }

  /**
   * Puts a seed analysed elsewhere in the index as a whole corpus is loaded before any check:
   * nothing is worked out of which other seeds it affects (see `CorpusIndex.load`).
   */
  loadDigest(uri: string, digest: SeedDigest): void {
    const relative = this.relativePath(uri) ?? uri;
    this.holdText(uri, digest.textHash, false);
    this.index.load(indexInputOf(digest, uri, relative));
    this.corpusWide.record(uri, relative, digest.lacked);
  }

  /** How many seeds the index holds. */
  get heldSeeds(): number {
    return this.textHashes.size;
  }

  /** The text hash of a seed as the index holds it; undefined for a seed it does not hold. */
  textHashOf(uri: string): number | undefined {
    return this.textHashes.get(uri);
  }

  /**
   * How many times a seed came, got another text or went, other than as the corpus was loaded
   * (`loadDigest`): a count that did not move while every seed was checked means they were all
   * checked against one corpus (see CorpusRecords). A seed indexed again with the same text (a
   * document opened) is no change.
   */
  get contentChanges(): number {
    return this.contentChangeCount;
  }

  private holdText(uri: string, textHash: number, newIsChange: boolean): void {
    const held = this.textHashes.get(uri);
    if (held === undefined ? newIsChange : held !== textHash) this.contentChangeCount++;
    this.textHashes.set(uri, textHash);
  }

  /** Steps of the work `factsOf` would do at once for this seed, done ahead and cached (see `CorpusIndex.containmentsAround`). */
  *factsAhead(uri: string): Generator<void> {
    const id = this.index.idOf(uri);
    if (id !== undefined) yield* this.index.containmentsAround(id);
  }

  /** What the index (and the corpus-wide tally) know of a seed, as plain data a seed can be checked with anywhere (see `describeSeed`). */
  factsOf(uri: string, quotes: readonly (readonly LookupKeys[])[]): CorpusFacts {
    const facts = corpusFactsOf(this.index, uri, quotes);
    return facts === NO_CORPUS ? facts : { ...facts, corpusWide: this.corpusWideSummaries() };
  }

  remove(uri: string): string[] {
    if (this.textHashes.delete(uri)) this.contentChangeCount++;
    return unique(this.urisOf(this.index.remove(uri)), this.corpusWide.remove(uri));
  }

  /** Every finding of one seed, which must have been `update`d with this analysis. */
  check(uri: string, seed: AnalysedSeed, now = new Date(), rules: readonly AnyRule[] = ALL_RULES): SeedFinding[] {
    return this.lint(uri, seed, now, rules, this.factsOf(uri, quoteKeysOf(seed.parsed)));
  }

  /**
   * The seeds a corpus-wide summary tells of (they lack its field), with each one's own finding of
   * the rule, as if it were not summarised: what "fix it in every seed" applies. `textOf` reads a
   * seed's current text; seeds that cannot be read are left out.
   */
  async eachSeedsFindings(rule: CorpusWideRule, textOf: (uri: string) => Promise<string | undefined>, now = new Date()): Promise<[string, SeedFinding[]][]> {
    const ruleToRun = ALL_RULES.filter((candidate) => candidate.id === rule);
    const found: [string, SeedFinding[]][] = [];
    for (const uri of this.corpusWide.lackingSeeds(rule)) {
      const text = await textOf(uri);
      if (text === undefined) continue;
      const seed = analyseSeed(text, this.config);
      found.push([uri, this.lint(uri, seed, now, ruleToRun, { ...corpusFactsOf(this.index, uri, quoteKeysOf(seed.parsed)), corpusWide: [] })]);
    }
    return found;
  }

  /**
   * The findings of the rules whose fixes may be safe, which read nothing but the seed's own text:
   * what `check --fix` runs between its passes, without asking the index or detecting the language.
   */
  checkSafelyFixable(uri: string, seed: AnalysedSeed, now = new Date()): SeedFinding[] {
    return this.lint(uri, seed, now, SAFELY_FIXING_RULES, NO_CORPUS);
  }

  /** The findings of one seed and its metadata (for views and reports), from one look at the index. */
  describe(uri: string, path: string, seed: AnalysedSeed, now = new Date()): DescribedSeed {
    return describeSeed({ uri, path, seed, config: this.config, configUri: this.configUri, corpus: this.factsOf(uri, quoteKeysOf(seed.parsed)), now });
  }

  /**
   * The findings of a seed whose text has not changed but whose corpus or config has: `rules` run
   * again (by default those whose findings depend on other seeds: the cross-seed rules and the
   * corpus-wide ones), the others' findings (`previous`, from the same text) are kept.
   */
  recheck(uri: string, seed: AnalysedSeed, previous: readonly SeedFinding[], now = new Date(), rules: readonly AnyRule[] = RECHECKED_RULES): SeedFinding[] {
    const kept = previous.filter((finding) => !rules.some((rule) => rule.id === finding.rule));
    return sortByPosition([...kept, ...this.check(uri, seed, now, rules)]);
  }

  /**
   * Takes a config that differs from the current one only in what is read when seeds are checked
   * (rules, severities, ignores, accepted duplicates, summaries, lines kept): the index stays, and
   * the effect tells which findings change. Undefined, and nothing changed, when the new config
   * changes what is indexed: the corpus must be indexed afresh.
   */
  reconfigure(root: CorpusRoot): ConfigEffect | undefined {
    if (root.folder !== this.root.folder || root.configFile !== this.root.configFile || !sameIndexing(this.config, root.config)) return undefined;
    const effect = configEffect(this.config, root.config);
    const representatives = this.corpusWide.representativesNow();
    this.root.config = root.config;
    this.root.configProblems = root.configProblems;
    this.corpusWide.reconfigured();
    const { paths } = effect;
    if (!paths) return effect;
    // Only some seeds' `ignore` entries changed: those seeds, and the seeds that carry a summary before and after.
    const concerned = new Set([...representatives, ...this.corpusWide.representativesNow()]);
    return { ...effect, seeds: (uri) => concerned.has(uri) || paths.has(this.relativePath(uri) ?? uri) };
  }

  /** Every other place of the passage at an offset of the seed, however many: asked for by a person, never in a check. */
  allTwinsAt(uri: string, seed: AnalysedSeed, offset: number): Twin[] {
    const id = this.index.idOf(uri);
    const position = seed.parsed.passages.findIndex((passage) => passage.span.start <= offset && offset <= passage.span.end);
    const indexed = id === undefined ? undefined : this.index.passageAt(id, position);
    if (id === undefined || indexed === undefined) return [];
    return this.index.placesOf(id, indexed).flatMap((match) => twinOf(this.index, match) ?? []);
  }

  private lint(uri: string, seed: AnalysedSeed, now: Date, rules: readonly AnyRule[], corpus: CorpusFacts): SeedFinding[] {
    return lintSeed({ uri, path: this.relativePath(uri) ?? uri, seed, config: this.config, corpus, configUri: this.configUri, now }, rules);
  }

  /** The corpus-wide facts told once, when the config wants them so (see `corpusWide.ts`). */
  private corpusWideSummaries(): CorpusWideSummary[] {
    return this.config.summarise.corpusWide ? CORPUS_WIDE_RULES.flatMap((rule) => this.corpusWide.summary(rule) ?? []) : [];
  }

  private urisOf(ids: Set<number>): string[] {
    return [...ids].map((id) => this.index.info(id)?.uri).filter((uri): uri is string => uri !== undefined);
  }
}

/** What the cross-seed and corpus-wide rules say may change when another seed does. */
const RECHECKED_RULES: readonly AnyRule[] = ALL_RULES.filter((rule) => rule.crossSeed || (CORPUS_WIDE_RULES as readonly RuleId[]).includes(rule.id));

function unique(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** Two configs that index and analyse seeds alike: which files are seeds, their languages, what is compared and what is boilerplate. */
function sameIndexing(a: CorpusConfig, b: CorpusConfig): boolean {
  const indexed = ({ include, exclude, languages, duplicates, boilerplate }: CorpusConfig) => JSON.stringify([include, exclude, languages, duplicates, boilerplate.phrases, boilerplate.minSeeds]);
  return indexed(a) === indexed(b);
}
