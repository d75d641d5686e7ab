import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Range } from 'vscode-languageserver-types';

/** The repository root, from out/test/cli/ where this file runs. */
export const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'seed-curator.js');
export const FIXTURE_CORPUS = path.join(REPO, 'test', 'fixtures', 'cli-corpus');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A user to run the CLI as: tests run as root, for whom permission bits deny nothing. */
export interface RunAs {
  uid: number;
  gid: number;
}

/** Runs `node bin/seed-curator.js` as a user would, in `cwd`, with a colourless, CI-like environment. */
export function runCli(args: readonly string[], cwd: string, as?: RunAs): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CI: '1', NO_COLOR: '1' }, ...as });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh copy of a folder in the system's temp dir, so that tests (and `--fix`) never touch the repository. */
export function tempCopy(source: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-curator-cli-'));
  fs.cpSync(source, folder, { recursive: true });
  return folder;
}

export function removeFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
}

export interface JsonReport {
  version: number;
  corpora: { root: string; configFile: string | null; configProblems: string[]; notices: string[] }[];
  seeds: { path: string; metadata: JsonMetadata; diagnostics: Diagnostic[]; unwritten?: string }[];
  skipped: { path: string; root: string; reason: string }[];
  summary: { seeds: number; errors: number; warnings: number; infos: number; hints: number; skipped: number; fixed?: number; unwritten?: number };
}

export interface JsonMetadata {
  uri: string;
  title?: { text: string; from: string };
  date?: { value: string };
  language: { detected?: string; declared?: string };
  words: number;
  paragraphs: number;
  duplicates: { path: string; share: number }[];
}

export async function checkJson(args: readonly string[], cwd: string, as?: RunAs): Promise<{ run: CliRun; report: JsonReport }> {
  const run = await runCli(['check', ...args, '--format', 'json'], cwd, as);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** The text a range covers, to assert what a diagnostic points at rather than bare numbers. */
export function textAt(text: string, range: Range): string {
  const lines = text.split(/(?<=\n)/);
  const offset = (line: number, character: number) => lines.slice(0, line).join('').length + character;
  return text.slice(offset(range.start.line, range.start.character), offset(range.end.line, range.end.character));
}

export function fixTitles(diagnostic: Diagnostic): string[] {
  const fixes = (diagnostic.data as { fixes?: { title: string }[] } | undefined)?.fixes ?? [];
  return fixes.map((fix) => fix.title);
}
