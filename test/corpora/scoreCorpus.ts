/**
 * `node out/test/corpora/scoreCorpus.js [DIR] [--verbose]`: checks a corpus that carries an
 * `expected.json` manifest (by default the hand-written one in test/fixtures/realistic) and prints
 * the per-rule precision/recall table, then what fails and (with --verbose) what is known wrong.
 * Exit status 1 when a statement that is not pending fails, as in the unit test.
 */
import * as path from 'node:path';
import { parseArgs } from './args';
import { REALISTIC_CORPUS, scoreFolder } from './realisticCorpus';
import { formatScore } from './scoreTable';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { flags: ['verbose'] });
  const score = await scoreFolder(path.resolve(args.positional[0] ?? REALISTIC_CORPUS));
  console.log(formatScore(score));
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) console.log(`\n${title} (${lines.length}):\n${lines.map((line) => `  ${line}`).join('\n')}`);
  };
  section('Failures', score.failures);
  section('Pending statements that hold now', score.nowHolding);
  if (args.flags.has('verbose')) section('Known wrong, waiting on an issue', score.knownWrong);
  if (score.failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`scoreCorpus: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
