import * as fs from 'node:fs/promises';
import * as path from 'node:path';

const SHOWN_LINES = 80;
const SHOWN_LINE_LENGTH = 300;

/** The end of the extension's logs in a code-server user-data dir, to print when a check fails. */
export async function extensionLogs(userDataDir: string): Promise<string> {
  const logsDir = path.join(userDataDir, 'logs');
  let files: string[];
  try {
    files = (await fs.readdir(logsDir, { recursive: true })).filter((file) => /seed ?curator/i.test(file) && file.endsWith('.log'));
  } catch {
    return '(no logs)';
  }
  const texts = await Promise.all(
    files.map(async (file) => {
      // A crashing bundle prints its minified source line: keep the start of each line only.
      const lines = (await fs.readFile(path.join(logsDir, file), 'utf8')).split('\n').slice(-SHOWN_LINES);
      return [`--- ${file}`, ...lines.map((line) => line.slice(0, SHOWN_LINE_LENGTH))].join('\n');
    }),
  );
  return texts.join('\n') || '(no Seed Curator log)';
}
