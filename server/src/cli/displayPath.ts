import * as path from 'node:path';

/** A file's path as a person at the terminal would type it: relative to where they stand, with `/`. */
export function displayPath(file: string, cwd: string): string {
  return path.relative(cwd, file).split(path.sep).join('/') || '.';
}
