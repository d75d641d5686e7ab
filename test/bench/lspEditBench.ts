/**
 * What one keystroke costs the language server in a large corpus: `corpus.update` of the edited
 * seed, `corpus.check` of it, and a re-check of every seed the index says is affected (their text
 * parsed again, as the server does after reading them from disk, and only their cross-seed rules run).
 *
 * The corpus is the 2,225 BBC articles of ../shared/corpora/bbc (read at runtime, never
 * committed), replicated to the sizes given on the command line (default 20000). Each replica
 * gets a marker word every few words, so replicas are distinct seeds rather than duplicates,
 * while each BBC article's own duplicates in other BBC articles stay; and, as wire stories are,
 * every fifth replica is a verbatim copy of its article, so an edit touches its syndicated
 * copies too (`--distinct` leaves them out).
 *
 *   npm run bench:edit -- 20000 100000 [--distinct]
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyseSeed } from '../../server/src/engine/analyse';
import { Corpus } from '../../server/src/engine/corpus/corpus';
import { defaultConfig } from '../../server/src/protocol/configFile';

const BBC = path.resolve(__dirname, '../../../../shared/corpora/bbc');
const EDITS = 100;
/** Replicas differ from the article every this many words. */
const MARKER_EVERY = 4;
/** Every this many replicas, one is a verbatim (syndicated) copy. */
const SYNDICATED_EVERY = 5;

async function readArticles(): Promise<string[]> {
  const texts: string[] = [];
  for (const section of (await fs.readdir(BBC, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    const folder = path.join(BBC, section.name);
    for (const file of (await fs.readdir(folder)).sort()) texts.push(await fs.readFile(path.join(folder, file), 'utf8'));
  }
  return texts;
}

/** Letters only: digits are normalised away when passages are compared, and replicas must stay distinct. */
function marker(copy: number): string {
  let letters = '';
  for (let n = copy; n > 0; n = Math.floor(n / 26)) letters = String.fromCharCode(97 + (n % 26)) + letters;
  return `r${letters}`;
}

function replica(text: string, copy: number, syndicated: boolean): string {
  if (copy === 0 || (syndicated && copy % SYNDICATED_EVERY === 0)) return text;
  let words = 0;
  const mark = marker(copy);
  return text.replace(/[^\s]+/g, (word) => (++words % MARKER_EVERY === 0 ? `${word} ${mark}` : word));
}

/** One edit as a curator makes it: a paragraph of the seed deleted. */
function edited(text: string): string {
  const paragraphs = text.split('\n\n');
  paragraphs.splice(Math.min(2, paragraphs.length - 1), 1);
  return paragraphs.join('\n\n');
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
}

const heapMb = () => Math.round(process.memoryUsage().heapUsed / 1048576);

async function bench(articles: string[], size: number, syndicated: boolean): Promise<void> {
  const corpus = new Corpus({ folder: '/bench', config: defaultConfig(), configProblems: [] });
  const texts = new Map<string, string>();
  const uriOf = (n: number) => `file:///bench/${String(n).padStart(6, '0')}.txt`;
  const indexStart = performance.now();
  for (let n = 0; n < size; n++) {
    const text = replica(articles[n % articles.length], Math.floor(n / articles.length), syndicated);
    texts.set(uriOf(n), text);
    corpus.update(uriOf(n), text);
  }
  const indexSeconds = (performance.now() - indexStart) / 1000;
  console.log(`${size} seeds${syndicated ? ' (with syndicated copies)' : ''}: indexed in ${indexSeconds.toFixed(1)} s, heap ${heapMb()} MB (seed texts included)`);

  // Spread over the corpus, and over the original BBC articles, which hold its real duplicates.
  const spread = Array.from({ length: EDITS }, (_, e) => uriOf((e * 7919) % size));
  report('  an edit of any seed', timeEdits(corpus, texts, spread));
  if (syndicated) {
    const syndicatedSeeds = Array.from({ length: size }, (_, n) => n).filter((n) => Math.floor(n / articles.length) % SYNDICATED_EVERY === 0);
    const copies = Array.from({ length: EDITS }, (_, e) => uriOf(syndicatedSeeds[(e * 7919) % syndicatedSeeds.length]));
    report('  an edit of a syndicated seed', timeEdits(corpus, texts, copies));
  }
}

interface EditTimes {
  times: number[];
  affected: number;
}

/** Times each edit as the server makes it; the findings it held before are set up untimed. */
function timeEdits(corpus: Corpus, texts: Map<string, string>, uris: string[]): EditTimes {
  const times: number[] = [];
  let affectedTotal = 0;
  for (const uri of uris) {
    const text = edited(texts.get(uri)!);
    const previous = new Map(corpus.update(uri, texts.get(uri)!).affected.map((other) => [other, corpus.check(other, analyseSeed(texts.get(other)!, corpus.config))]));
    const start = performance.now();
    const { seed, affected } = corpus.update(uri, text);
    corpus.check(uri, seed);
    for (const other of affected) {
      const otherSeed = analyseSeed(texts.get(other)!, corpus.config);
      const before = previous.get(other);
      if (before) corpus.recheck(other, otherSeed, before);
      else corpus.check(other, otherSeed);
    }
    times.push(performance.now() - start);
    affectedTotal += affected.length;
    texts.set(uri, text);
  }
  return { times: times.sort((a, b) => a - b), affected: affectedTotal / Math.max(1, uris.length) };
}

function report(label: string, { times, affected }: EditTimes): void {
  console.log(
    `${label}: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, ` +
      `max ${times[times.length - 1].toFixed(1)} ms, ${affected.toFixed(1)} affected seeds on average (${times.length} edits)`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((size) => size > 0);
  const articles = await readArticles();
  for (const size of sizes.length > 0 ? sizes : [20000]) await bench(articles, size, !args.includes('--distinct'));
}

void main();
