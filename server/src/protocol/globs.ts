import picomatch from 'picomatch';

/** More patterns than anyone writes by hand; each costs a match against every file of the corpus. */
export const MAX_PATTERNS = 100;
export const MAX_PATTERN_LENGTH = 500;
/**
 * Wildcards that match runs of any length (`*`, `**`, `*(…)`, `+(…)`) per pattern. picomatch
 * backtracks: a pattern with k of them costs up to the k-th power of a path's length, and
 * `*a*a*a*a*a*a*b` takes a minute on one file name of 40 characters. Three cover any real glob.
 */
export const MAX_WILDCARDS = 3;

/** What is wrong with one `include` or `exclude` pattern, as the end of a sentence; undefined when it is usable. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern)) return 'is an absolute path; patterns are relative to the corpus root';
  if (pattern.split(/[\\/]/).includes('..')) return 'reaches outside the corpus root; patterns are relative to it, and files outside it are never seeds';
  const wildcards = pattern.match(/\*\*|[*+]\(|\*/g)?.length ?? 0;
  if (wildcards > MAX_WILDCARDS) return `has ${wildcards} wildcards (*, **, *(…), +(…)); at most ${MAX_WILDCARDS} are allowed, since matching costs grow with their power`;
  try {
    picomatch.makeRe(pattern);
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`;
  }
  return undefined;
}
