import { precisionOf, recallOf, type Score } from './scoreFindings';

const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)} %`);

/** Left-aligns the first column, right-aligns the others. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')).join('\n');
}

/** The per-rule precision/recall table and the metadata table, as plain text. */
export function formatScore(score: Score): string {
  const rules = [['rule', 'TP', 'FP', 'FN', 'precision', 'recall', 'tolerated', 'pending']];
  for (const row of score.rules) {
    rules.push([row.rule, row.truePositives, row.falsePositives, row.expected - row.met].map(String).concat(percent(precisionOf(row)), percent(recallOf(row)), String(row.tolerated), String(row.pending)));
  }
  const metadata = [['metadata', 'right', 'wrong']];
  for (const row of score.metadata) metadata.push([row.field, String(row.right), String(row.wrong)]);
  return [
    formatTable(rules),
    'TP, FP: findings judged right or wrong. FN: expected findings missing (or lacking the expected related place or fix).',
    'tolerated: findings an `allow` covers. pending: statements waiting on an issue.',
    '',
    formatTable(metadata),
  ].join('\n');
}
