import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** The log files of the extension in a code-server user-data dir, to print when a check fails. */
export async function extensionLogs(userDataDir: string): Promise<string> {
  const logsDir = path.join(userDataDir, 'logs');
  let files: string[];
  try {
    files = (await fs.readdir(logsDir, { recursive: true })).filter((file) => /seed ?curator/i.test(file) && file.endsWith('.log'));
  } catch {
    return '(no logs)';
  }
  const texts = await Promise.all(files.map(async (file) => `--- ${file}\n${await fs.readFile(path.join(logsDir, file), 'utf8')}`));
  return texts.join('\n') || '(no Seed Curator log)';
}
