/**
 * `npm run bench:language [-- --baseline REV] [--runs N]`: do the language answers of this build
 * agree with those of REV (default: where this branch left main), and what do they cost?
 *
 * Builds REV in a temporary folder, then runs both builds' CLI (`check --format json`) on:
 * - the BBC articles of ../shared/corpora/bbc and the seeds of ../shared/seeds (read at run time,
 *   never committed), each in a temporary copy with a `{}` config;
 * - mixed seeds made from them at run time: a Norwegian paragraph put into English articles and an
 *   English one into the Norwegian seeds (at the start and in the middle), and seeds whose `lang`
 *   header names the other language, so that `mixed-language` and `language-mismatch` have
 *   something to find.
 * Per seed it compares the detected language and its confidence and every language finding
 * (missing-language, language-mismatch, mixed-language: rule, line and message), and prints each
 * difference. On the BBC copy it times both CLIs end to end (alternating, `--runs` times each, the
 * median), and once under `--cpu-prof` for the time spent in language detection: samples whose
 * stack holds `detectLanguage`, `passagesUnlikeTheirSeed` (the trigram pre-filter) or `proseOf`
 * (machine lines left out). Exits 1 on any difference.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(REPO, '..', 'shared');
const BBC = path.join(SHARED, 'corpora', 'bbc');
const SEEDS = path.join(SHARED, 'seeds');
const LANGUAGE_RULES = new Set(['missing-language', 'language-mismatch', 'mixed-language']);
const DETECTION_FRAMES = /^(detectLanguage|passagesUnlikeTheirSeed|proseOf)\d*$/;

interface Options {
  baseline: string;
  runs: number;
}

interface SeedAnswer {
  lang: string;
  confident: boolean;
  candidates: string;
  findings: string[];
}

type Answers = Map<string, SeedAnswer>;

function parseOptions(argv: string[]): Options {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const baseline = value('--baseline') ?? execFileSync('git', ['merge-base', 'HEAD', 'main'], { cwd: REPO, encoding: 'utf8' }).trim();
  return { baseline, runs: Math.max(1, Number(value('--runs') ?? 3)) };
}

/** A built copy of the repository at `rev`, sharing this checkout's node_modules. */
function buildBaseline(rev: string, into: string): string {
  const folder = path.join(into, 'baseline');
  fs.mkdirSync(folder);
  const archive = execFileSync('git', ['archive', '--format=tar', rev], { cwd: REPO, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', folder], { input: archive });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(folder, 'node_modules'));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: folder, stdio: 'inherit' });
  return folder;
}

function corpusCopy(from: string, to: string): string {
  fs.cpSync(from, to, { recursive: true });
  fs.writeFileSync(path.join(to, '.seedcurator.json'), '{}\n');
  return to;
}

function paragraphsOf(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim());
}

function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What a mixed seed is, by construction: the language of most of its text, and where the foreign paragraph is. */
interface Truth {
  lang: string;
  foreignLine?: number;
  declaredWrong?: boolean;
}

/** Seeds in which one paragraph is in another language, or whose header names the wrong language. */
function mixedCorpus(folder: string): { folder: string; truth: Map<string, Truth> } {
  fs.mkdirSync(folder);
  // These seeds share paragraphs by construction: the duplicate rules would only bloat the report.
  const rules = { 'corpus-duplicate': 'off', 'duplicate-seed': 'off', 'duplicate-passage': 'off' };
  fs.writeFileSync(path.join(folder, '.seedcurator.json'), `${JSON.stringify({ rules })}\n`);
  const articles = filesIn(BBC).filter((_, index) => index % 37 === 0);
  const norwegian = ['000', '001', '003'].map((prefix) => fs.readdirSync(SEEDS).find((name) => name.startsWith(prefix))!).map((name) => path.join(SEEDS, name));
  const long = (paragraphs: string[]) => paragraphs.filter((paragraph) => paragraph.length >= 200 && !paragraph.includes('\n'));
  const norwegianParagraphs = norwegian.flatMap((file) => long(paragraphsOf(file)));
  const englishParagraphs = articles.flatMap((file) => long(paragraphsOf(file)).slice(1, 2));
  const truth = new Map<string, Truth>();
  const write = (name: string, paragraphs: string[], seedTruth: Truth) => {
    fs.writeFileSync(path.join(folder, name), `${paragraphs.join('\n\n')}\n`);
    truth.set(`mixed/${name}`, seedTruth);
  };
  const lineOf = (paragraphs: string[], index: number) => paragraphs.slice(0, index).reduce((line, paragraph) => line + paragraph.split('\n').length + 1, 0);
  const insert = (name: string, lang: string, paragraphs: string[], at: number, foreign: string) => {
    write(name, [...paragraphs.slice(0, at), foreign, ...paragraphs.slice(at)], { lang, foreignLine: lineOf(paragraphs, Math.min(at, paragraphs.length)) });
  };
  articles.forEach((file, index) => {
    const paragraphs = paragraphsOf(file);
    const foreign = norwegianParagraphs[index % norwegianParagraphs.length];
    insert(`en-nb-start-${index}.txt`, 'en', paragraphs, 2, foreign);
    insert(`en-nb-middle-${index}.txt`, 'en', paragraphs, Math.floor(paragraphs.length / 2), foreign);
    write(`en-declared-nb-${index}.txt`, ['---\nlang: nb\n---', ...paragraphs], { lang: 'en', declaredWrong: true });
  });
  norwegian.forEach((file, seed) => {
    const paragraphs = paragraphsOf(file);
    englishParagraphs.forEach((foreign, index) => {
      insert(`nb-en-start-${seed}-${index}.txt`, 'nb', paragraphs, 2, foreign);
      insert(`nb-en-middle-${seed}-${index}.txt`, 'nb', paragraphs, Math.floor(paragraphs.length / 2), foreign);
    });
    write(`nb-declared-en-${seed}.txt`, ['---\nlang: en\n---', ...paragraphs], { lang: 'nb', declaredWrong: true });
  });
  return { folder, truth };
}

/** How often a build's answers on the mixed seeds are right by construction. */
function scoreAgainstTruth(answers: Answers, truth: Map<string, Truth>): string {
  let language = 0;
  let foreignFound = 0;
  let foreignSeeds = 0;
  let falseMixed = 0;
  let mismatchFound = 0;
  let declaredWrong = 0;
  for (const [seed, expected] of truth) {
    const answer = answers.get(seed);
    if (!answer) continue;
    if (answer.lang === expected.lang && answer.confident) language++;
    const mixedLines = answer.findings.filter((f) => f.startsWith('mixed-language@')).map((f) => Number(/@(\d+)/.exec(f)![1]));
    if (expected.foreignLine !== undefined) {
      foreignSeeds++;
      if (mixedLines.includes(expected.foreignLine)) foreignFound++;
    }
    // Under a wrong header every paragraph is in another language than the declared one.
    if (!expected.declaredWrong) falseMixed += mixedLines.filter((line) => line !== expected.foreignLine).length;
    else {
      declaredWrong++;
      if (answer.findings.some((f) => f.startsWith('language-mismatch@'))) mismatchFound++;
    }
  }
  return `language right and confident ${language}/${truth.size}; foreign paragraph found ${foreignFound}/${foreignSeeds}; wrong header found ${mismatchFound}/${declaredWrong}; mixed-language on a paragraph in the seed's language (correct header) ${falseMixed}`;
}

function runCli(build: string, corpus: string, nodeArgs: string[] = [], checkArgs: string[] = []): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, path.join(build, 'bin', 'seed-curator.js'), 'check', corpus, '--format', 'json', ...checkArgs], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve({ ms: performance.now() - started, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

interface ReportSeed {
  path: string;
  metadata: { language: { detected?: string; confident: boolean; candidates: { lang: string; score: number }[] } };
  diagnostics: { code: string; message: string; range: { start: { line: number } } }[];
}

function answersOf(json: string, label: string): Answers {
  const answers: Answers = new Map();
  for (const seed of (JSON.parse(json) as { seeds: ReportSeed[] }).seeds) {
    const { detected, confident, candidates } = seed.metadata.language;
    answers.set(`${label}/${seed.path}`, {
      lang: detected ?? '-',
      confident,
      candidates: candidates.map((c) => c.lang).join(' '),
      findings: seed.diagnostics.filter((d) => LANGUAGE_RULES.has(d.code)).map((d) => `${d.code}@${d.range.start.line}: ${d.message}`),
    });
  }
  return answers;
}

/** Milliseconds of a CPU profile's samples with a language detection frame on their stack. */
function detectionMs(profileFile: string): number {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as {
    nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inDetection = new Set<number>();
  const visit = (id: number, below: boolean) => {
    const node = byId.get(id)!;
    const inside = below || DETECTION_FRAMES.test(node.callFrame.functionName);
    if (inside) inDetection.add(id);
    for (const child of node.children ?? []) visit(child, inside);
  };
  visit(profile.nodes[0].id, false);
  let micros = 0;
  profile.samples.forEach((id, index) => {
    if (inDetection.has(id)) micros += profile.timeDeltas[index];
  });
  return micros / 1000;
}

async function profiledRun(build: string, corpus: string, into: string): Promise<{ wallMs: number; detectionMs: number }> {
  const folder = fs.mkdtempSync(path.join(into, 'profile-'));
  // One thread: with worker threads detection runs where the main thread's profile does not see it.
  const { ms } = await runCli(build, corpus, ['--cpu-prof', `--cpu-prof-dir=${folder}`], ['--jobs', '0']);
  const [file] = fs.readdirSync(folder);
  return { wallMs: ms, detectionMs: detectionMs(path.join(folder, file)) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function compare(before: Answers, after: Answers): { compared: number; differences: string[]; candidateOrderChanged: number } {
  const differences: string[] = [];
  let candidateOrderChanged = 0;
  for (const [seed, old] of before) {
    const now = after.get(seed);
    if (!now) {
      differences.push(`${seed}: missing from the new report`);
      continue;
    }
    if (old.lang !== now.lang || old.confident !== now.confident) differences.push(`${seed}: ${old.lang}/${old.confident} → ${now.lang}/${now.confident}`);
    const gone = old.findings.filter((f) => !now.findings.includes(f));
    const added = now.findings.filter((f) => !old.findings.includes(f));
    for (const finding of gone) differences.push(`${seed}: no longer ${finding}`);
    for (const finding of added) differences.push(`${seed}: now ${finding}`);
    if (old.candidates !== now.candidates) candidateOrderChanged++;
  }
  return { compared: before.size, differences, candidateOrderChanged };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!fs.existsSync(BBC) || !fs.existsSync(SEEDS)) {
    console.log(`bench: ${BBC} or ${SEEDS} is absent; nothing to compare.`);
    return;
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-language-'));
  try {
    console.log(`Building the baseline ${options.baseline} …`);
    const baseline = buildBaseline(options.baseline, temp);
    const mixed = mixedCorpus(path.join(temp, 'mixed'));
    const corpora = {
      bbc: corpusCopy(BBC, path.join(temp, 'bbc')),
      seeds: corpusCopy(SEEDS, path.join(temp, 'seeds')),
      mixed: mixed.folder,
    };
    const before: Answers = new Map();
    const after: Answers = new Map();
    let findingsBefore = 0;
    for (const [label, corpus] of Object.entries(corpora)) {
      for (const [answers, build] of [[before, baseline], [after, REPO]] as const) {
        for (const [seed, answer] of answersOf((await runCli(build, corpus)).stdout, label)) answers.set(seed, answer);
      }
    }
    for (const answer of before.values()) findingsBefore += answer.findings.length;
    const { compared, differences, candidateOrderChanged } = compare(before, after);

    const wall = { before: [] as number[], after: [] as number[] };
    for (let run = 0; run < options.runs; run++) {
      wall.before.push((await runCli(baseline, corpora.bbc)).ms);
      wall.after.push((await runCli(REPO, corpora.bbc)).ms);
    }
    const profiled = { before: await profiledRun(baseline, corpora.bbc, temp), after: await profiledRun(REPO, corpora.bbc, temp) };

    console.log(`\nSeeds compared: ${compared} (BBC, shared seeds, mixed); language findings before: ${findingsBefore}`);
    console.log(`Differences in language, confidence or findings: ${differences.length}`);
    for (const difference of differences) console.log(`  ${difference}`);
    console.log(`Seeds whose top candidates list changed (order or members): ${candidateOrderChanged}`);
    console.log(`Mixed seeds against what they are by construction:`);
    console.log(`  before: ${scoreAgainstTruth(before, mixed.truth)}`);
    console.log(`  after:  ${scoreAgainstTruth(after, mixed.truth)}`);
    console.log(`\nBBC check, ${options.runs} runs each, median wall: before ${median(wall.before).toFixed(0)} ms, after ${median(wall.after).toFixed(0)} ms`);
    console.log(`  all runs: before ${wall.before.map((ms) => ms.toFixed(0)).join(', ')}; after ${wall.after.map((ms) => ms.toFixed(0)).join(', ')}`);
    for (const [label, run] of Object.entries(profiled)) {
      console.log(`language detection under --cpu-prof, ${label}: ${run.detectionMs.toFixed(0)} ms of ${run.wallMs.toFixed(0)} ms wall`);
    }
    if (differences.length > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
