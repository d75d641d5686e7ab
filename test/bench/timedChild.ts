/**
 * Runs a program to its end and reports its wall time, exit status, output size and peak resident
 * memory. The peak comes from GNU time (`/usr/bin/time`), which reads it from the kernel when the
 * child is reaped, so it covers the processes the child waited for too (jscpd's npm wrapper runs
 * its Rust binary as one); without GNU time it is left unknown rather than guessed.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface TimedRun {
  ms: number;
  code: number | null;
  stdoutBytes: number;
  /** Undefined where GNU time is not installed. */
  peakRssMb?: number;
}

export function runTimed(command: string, args: string[], options: { cwd?: string } = {}): Promise<TimedRun> {
  const withTime = fs.existsSync(GNU_TIME);
  const rssFile = path.join(os.tmpdir(), `seed-curator-bench-rss-${process.pid}-${Date.now()}`);
  const [program, argv] = withTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(program, argv, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdoutBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      resolve({ ms, code, stdoutBytes, peakRssMb: withTime ? readKilobytes(rssFile) / 1024 : undefined });
    });
  });
}

/** GNU time's `%M` (kilobytes); it writes "Command exited with non-zero status N" first when the child fails. */
function readKilobytes(file: string): number {
  try {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    return Number(lines[lines.length - 1]);
  } finally {
    fs.rmSync(file, { force: true });
  }
}
