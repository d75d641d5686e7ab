/**
 * `npm run bench:fix [-- --corpus DIR | --seeds N]`: how long `check --fix` takes against a plain
 * `check` on a corpus where every seed has safe fixes to make (trailing spaces, a run of blank
 * lines, its first paragraph repeated at the end), and how large the JSON and SARIF reports are.
 * The corpus is a temp copy of DIR (never written), or N generated seeds (default 2,000).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { prepareCorpus } from './benchCorpus';
import { runTimed } from './timedChild';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'seed-curator.js');

const runCli = (args: string[], cwd: string) => runTimed(process.execPath, [BIN, ...args], { cwd });

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
  const prepared = prepareCorpus(process.argv.slice(2), 'seed-curator-fix-bench-');
  const corpus = prepared.folder;
  try {
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
    console.log(`Corpus: ${prepared.source} (${files.length} seeds, ${mb(bytes)} with the defects added)\n`);
    console.log(`check --format json         ${(check.ms / 1000).toFixed(1)} s, exit ${check.code}, report ${mb(check.stdoutBytes)} (${(check.stdoutBytes / bytes).toFixed(2)}× the corpus)`);
    console.log(`check --format sarif        ${(sarif.ms / 1000).toFixed(1)} s, exit ${sarif.code}, report ${mb(sarif.stdoutBytes)} (${(sarif.stdoutBytes / bytes).toFixed(2)}× the corpus)`);
    console.log(`check --fix --format json   ${(fix.ms / 1000).toFixed(1)} s, exit ${fix.code}: ${(fix.ms / check.ms).toFixed(2)}× the plain check`);
    console.log(`check after fixing          ${(again.ms / 1000).toFixed(1)} s, report ${mb(again.stdoutBytes)}`);
  } finally {
    prepared.remove();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
