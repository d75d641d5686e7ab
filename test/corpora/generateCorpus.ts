/**
 * Writes a corpus of realistic seeds, deterministically from a seed number:
 *
 *   node out/test/corpora/generateCorpus.js --kind news|posts|reviews|mixed --seeds N --out DIR
 *     [--seed S] [--syndicated 0.08] [--near-duplicates 0.05]
 *
 * Seeds are built from phrase lists and templates of our own (test/corpora/generator/): English
 * and Bokmål news pages in site chrome, Usenet posts with headers, quotes and signatures, Bokmål,
 * Nynorsk and Danish reviews with kickers and fact boxes. A share of them are copies of a recent
 * original: verbatim, republished elsewhere (other chrome or transport lines), or with a few words
 * changed. `generated.json` beside the seeds lists every copy, so that tests can score duplicate
 * detection. Work and memory are linear in the number of seeds; nothing but a bounded window of
 * recent originals is kept.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { integerOption, parseArgs, UsageError, type Args } from './args';
import { Random } from './random';
import { retouch } from './generator/retouch';
import { newsKind, postKind, reviewKind, type SeedKind } from './generator/seedKinds';
import { slug } from './generator/text';

export const CORPUS_KINDS = ['news', 'posts', 'reviews', 'mixed'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];

export interface CorpusOptions {
  kind: CorpusKind;
  seeds: number;
  /** The PRNG seed: the same options give the same corpus, byte for byte. */
  seed: number;
  /** Share of seeds that are copies of a recent original, verbatim or republished elsewhere. */
  syndicatedShare: number;
  /** Share of seeds that are an original with a few words changed. */
  nearDuplicateShare: number;
}

export const DEFAULT_OPTIONS: Omit<CorpusOptions, 'kind' | 'seeds'> = { seed: 1, syndicatedShare: 0.08, nearDuplicateShare: 0.05 };

export type CopyKind = 'verbatim' | 'republished' | 'near-duplicate';

export interface GeneratedSeed {
  /** Relative to the corpus root, with `/`. */
  path: string;
  text: string;
  /** For a copy: the path of its original, and how it was copied. */
  copyOf?: { path: string; how: CopyKind };
}

/** How many recent originals a copy may be taken from. */
const COPY_WINDOW = 40;

/** Makes seeds of one kind, remembering recent originals to copy. */
class KindRun<C> {
  private readonly recent: { path: string; text: string; content: C }[] = [];

  constructor(private readonly kind: SeedKind<C>) {}

  next(r: Random, index: number, options: CorpusOptions): GeneratedSeed {
    const roll = r.next();
    const source = this.recent.length > 0 ? r.pick(this.recent) : undefined;
    if (source && roll < options.syndicatedShare) {
      if (r.chance(0.3)) return { path: this.pathOf(index, this.kind.title(source.content)), text: source.text, copyOf: { path: source.path, how: 'verbatim' } };
      const copy = this.kind.republish(source.content, r);
      return { path: this.pathOf(index, this.kind.title(copy)), text: this.kind.render(copy, r), copyOf: { path: source.path, how: 'republished' } };
    }
    if (source && roll < options.syndicatedShare + options.nearDuplicateShare) {
      return { path: this.pathOf(index, this.kind.title(source.content)), text: retouch(source.text, r), copyOf: { path: source.path, how: 'near-duplicate' } };
    }
    const content = this.kind.create(r);
    const seed = { path: this.pathOf(index, this.kind.title(content)), text: this.kind.render(content, r) };
    this.recent.push({ ...seed, content });
    if (this.recent.length > COPY_WINDOW) this.recent.shift();
    return seed;
  }

  private pathOf(index: number, title: string): string {
    return `${this.kind.folder}/${String(index).padStart(6, '0')}-${slug(title)}.txt`;
  }
}

function runsFor(kind: CorpusKind): KindRun<unknown>[] {
  const news = () => new KindRun(newsKind()) as KindRun<unknown>;
  const posts = () => new KindRun(postKind()) as KindRun<unknown>;
  const reviews = () => new KindRun(reviewKind()) as KindRun<unknown>;
  if (kind === 'news') return [news()];
  if (kind === 'posts') return [posts()];
  if (kind === 'reviews') return [reviews()];
  // Mixed: news twice as likely as each of the others.
  const newsRun = news();
  return [newsRun, newsRun, posts(), reviews()];
}

/** The seeds of a corpus, one at a time, so that a caller never holds more than it wants. */
export function* generateSeeds(options: CorpusOptions): Generator<GeneratedSeed> {
  const r = new Random(options.seed);
  const runs = runsFor(options.kind);
  for (let index = 0; index < options.seeds; index++) yield r.pick(runs).next(r, index, options);
}

export interface WrittenCorpus {
  seeds: number;
  bytes: number;
  copies: number;
}

/**
 * Writes the seeds, a `.seedcurator.json` with the defaults, and `generated.json` (the options and
 * every copy). Refuses a folder that already holds files, so that no corpus is mixed into another.
 */
export function writeCorpus(folder: string, options: CorpusOptions): WrittenCorpus {
  if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) throw new UsageError(`${folder} is not empty`);
  fs.mkdirSync(folder, { recursive: true });
  const made = new Set<string>();
  const copies: { path: string; of: string; how: CopyKind }[] = [];
  let bytes = 0;
  let seeds = 0;
  for (const seed of generateSeeds(options)) {
    const file = path.join(folder, seed.path);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    fs.writeFileSync(file, seed.text);
    bytes += Buffer.byteLength(seed.text);
    seeds++;
    if (seed.copyOf) copies.push({ path: seed.path, of: seed.copyOf.path, how: seed.copyOf.how });
  }
  fs.writeFileSync(path.join(folder, '.seedcurator.json'), '{}\n');
  fs.writeFileSync(path.join(folder, 'generated.json'), `${JSON.stringify({ options, copies }, null, 1)}\n`);
  return { seeds, bytes, copies: copies.length };
}

/**
 * A new temporary folder holding a generated corpus (`corpus/`) and room beside it for an analysis
 * cache (`cache/`): what a test of a warm run starts from. The caller removes `root`.
 */
export function corpusBesideCache(prefix: string, options: CorpusOptions): { root: string; corpus: string; cache: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const corpus = path.join(root, 'corpus');
  writeCorpus(corpus, options);
  return { root, corpus, cache: path.join(root, 'cache') };
}

function shareOption(args: Args, name: string, fallback: number): number {
  const text = args.options.get(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!(value >= 0 && value <= 1)) throw new UsageError(`--${name} must be a share between 0 and 1`);
  return value;
}

export function optionsFromArgs(args: Args): { out: string; options: CorpusOptions } {
  const kind = args.options.get('kind') ?? 'mixed';
  if (!(CORPUS_KINDS as readonly string[]).includes(kind)) throw new UsageError(`--kind must be one of ${CORPUS_KINDS.join(', ')}`);
  const out = args.options.get('out');
  if (!out) throw new UsageError('--out DIR is required');
  const options: CorpusOptions = {
    kind: kind as CorpusKind,
    seeds: integerOption(args, 'seeds', 1000, 1),
    seed: integerOption(args, 'seed', DEFAULT_OPTIONS.seed),
    syndicatedShare: shareOption(args, 'syndicated', DEFAULT_OPTIONS.syndicatedShare),
    nearDuplicateShare: shareOption(args, 'near-duplicates', DEFAULT_OPTIONS.nearDuplicateShare),
  };
  if (options.syndicatedShare + options.nearDuplicateShare > 1) throw new UsageError('--syndicated and --near-duplicates add up to more than 1');
  return { out, options };
}

if (require.main === module) {
  try {
    const args = parseArgs(process.argv.slice(2), { options: ['kind', 'seeds', 'out', 'seed', 'syndicated', 'near-duplicates'] });
    const { out, options } = optionsFromArgs(args);
    const started = performance.now();
    const written = writeCorpus(path.resolve(out), options);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${written.seeds} ${options.kind} seeds (${written.copies} copies), ${(written.bytes / 1048576).toFixed(1)} MB in ${seconds.toFixed(2)} s → ${out}`);
  } catch (error) {
    console.error(`generateCorpus: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
