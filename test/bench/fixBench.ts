/**
 * `npm run bench:fix -- --corpus DIR`: how long `check --fix` takes against a plain `check` on a
 * copy of DIR where every seed has safe fixes to make (trailing spaces, a run of blank lines, its
 * first paragraph repeated at the end), and how large the JSON and SARIF reports are. The copy
 * lives in the temp folder; DIR is never written.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'seed-curator.js');

interface Timed {
  ms: number;
  code: number | null;
  bytes: number;
}

function runCli(args: string[], cwd: string): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, bytes }));
  });
}

/** Trailing spaces after every line, three blank lines after the first paragraph, the first paragraph again at the end. */
function withFixableDefects(text: string): string {
  const paragraphs = text.replace(/\r\n/g, '\n').trim().split(/\n\s*\n/);
  const body = paragraphs.map((paragraph) => paragraph.replace(/\n/g, '  \n')).join('\n\n');
  const firstBreak = body.indexOf('\n\n');
  const spaced = firstBreak < 0 ? body : `${body.slice(0, firstBreak)}\n\n\n\n${body.slice(firstBreak + 2)}`;
  const repeated = paragraphs.find((paragraph) => paragraph.split(/\s+/).length >= 8);
  return `${spaced}${repeated ? `\n\n${repeated}` : ''}\n`;
}

function seedFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(txt|seed)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  if (!values.corpus) throw new Error('usage: npm run bench:fix -- --corpus DIR');
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-fix-bench-'));
  try {
    fs.cpSync(path.resolve(values.corpus), corpus, { recursive: true });
    if (!fs.existsSync(path.join(corpus, '.seedcurator.json'))) fs.writeFileSync(path.join(corpus, '.seedcurator.json'), '{}\n');
    const files = seedFiles(corpus);
    let bytes = 0;
    for (const file of files) {
      const text = withFixableDefects(fs.readFileSync(file, 'latin1'));
      fs.writeFileSync(file, text, 'latin1');
      bytes += text.length;
    }
    const check = await runCli(['check', '.', '--format', 'json', '-q'], corpus);
    const sarif = await runCli(['check', '.', '--format', 'sarif', '-q'], corpus);
    const fix = await runCli(['check', '.', '--fix', '--format', 'json', '-q'], corpus);
    const again = await runCli(['check', '.', '--format', 'json', '-q'], corpus);
    const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
    console.log(`Corpus: ${values.corpus} (${files.length} seeds, ${mb(bytes)} with the defects added)\n`);
    console.log(`check --format json         ${(check.ms / 1000).toFixed(1)} s, exit ${check.code}, report ${mb(check.bytes)} (${(check.bytes / bytes).toFixed(2)}× the corpus)`);
    console.log(`check --format sarif        ${(sarif.ms / 1000).toFixed(1)} s, exit ${sarif.code}, report ${mb(sarif.bytes)} (${(sarif.bytes / bytes).toFixed(2)}× the corpus)`);
    console.log(`check --fix --format json   ${(fix.ms / 1000).toFixed(1)} s, exit ${fix.code}: ${(fix.ms / check.ms).toFixed(2)}× the plain check`);
    console.log(`check after fixing          ${(again.ms / 1000).toFixed(1)} s, report ${mb(again.bytes)}`);
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
