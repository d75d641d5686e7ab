import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { Header, HeaderField, HeaderProblem } from '../model';
import type { LineMap } from '../text/lineMap';

const DELIMITER = /^---[ \t]*$/;
const CLOSER = /^(---|\.\.\.)[ \t]*$/;
/** What a front matter line looks like, to find where an unclosed block should have ended. */
const YAML_LINE = /^([ \t]+\S|[\w-]+[ \t]*:|#|- )/;

export function startsWithFrontMatter(lines: LineMap): boolean {
  return DELIMITER.test(lines.lineText(0));
}

/** Reads `---` front matter at the very top with the `yaml` package, keeping each key's range. */
export function parseFrontMatter(lines: LineMap): Header {
  const problems: HeaderProblem[] = [];
  let closingLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (CLOSER.test(lines.lineText(line))) {
      closingLine = line;
      break;
    }
  }
  let lastYamlLine = closingLine - 1;
  if (closingLine < 0) {
    lastYamlLine = 0;
    while (lastYamlLine + 1 < lines.lineCount && YAML_LINE.test(lines.lineText(lastYamlLine + 1))) lastYamlLine++;
    problems.push({
      kind: 'unclosed',
      message: 'The front matter opened with "---" is never closed.',
      span: { start: 0, end: lines.lineEnd(lastYamlLine) },
    });
  }
  const yamlStart = lines.lineEndWithBreak(0);
  const yamlEnd = lastYamlLine >= 1 ? lines.lineEndWithBreak(lastYamlLine) : yamlStart;
  const headerEnd = closingLine >= 0 ? lines.lineEndWithBreak(closingLine) : yamlEnd;
  const fields = readFields(lines.text.slice(yamlStart, yamlEnd), yamlStart, problems);
  return { kind: 'front-matter', span: { start: 0, end: headerEnd }, fields, problems };
}

function readFields(source: string, base: number, problems: HeaderProblem[]): HeaderField[] {
  const doc = parseDocument(source, { uniqueKeys: false, prettyErrors: false });
  for (const error of doc.errors) {
    // An error found only at the end (an unclosed quote) belongs to the whole block.
    const atEnd = error.pos[0] >= source.trimEnd().length;
    const start = atEnd ? 0 : error.pos[0];
    const end = atEnd ? source.trimEnd().length : Math.max(error.pos[1], error.pos[0] + 1);
    problems.push({ kind: 'yaml', message: `The front matter is not valid YAML: ${error.message.split('\n')[0]}`, span: { start: base + start, end: base + end } });
  }
  if (!isMap(doc.contents)) {
    if (doc.contents && doc.errors.length === 0) {
      const [start, end] = doc.contents.range ?? [0, source.length];
      problems.push({ kind: 'yaml', message: 'The front matter must be a list of "key: value" lines.', span: { start: base + start, end: base + end } });
    }
    return [];
  }
  const fields: HeaderField[] = [];
  const seen = new Set<string>();
  for (const pair of doc.contents.items as Pair[]) {
    const field = fieldOf(pair, source, base);
    if (!field) continue;
    if (seen.has(field.key)) {
      problems.push({ kind: 'duplicate-key', key: field.key, message: `The key "${field.key}" is given more than once.`, span: field.span });
    }
    seen.add(field.key);
    if (!field.scalar) {
      problems.push({ kind: 'non-scalar', key: field.key, message: `The value of "${field.key}" should be a single value, not a list or a map.`, span: field.span });
    }
    fields.push(field);
  }
  return fields;
}

function fieldOf(pair: Pair, source: string, base: number): HeaderField | undefined {
  if (!isScalar(pair.key) || !pair.key.range) return undefined;
  const key = String(pair.key.value);
  const [keyStart, keyEnd] = pair.key.range;
  const valueNode = pair.value as { range?: [number, number, number] } | null;
  const scalar = pair.value === null || isScalar(pair.value);
  const valueRange = valueNode?.range ?? [keyEnd, keyEnd, keyEnd];
  const valueEnd = valueRange[1];
  const raw = isScalar(pair.value) ? pair.value.value : undefined;
  // A number, a timestamp or a list is shown as the curator wrote it, not as JavaScript prints it.
  const value = typeof raw === 'string' ? raw : pair.value === null || raw === null ? '' : source.slice(valueRange[0], valueEnd).trim();
  return {
    key,
    value,
    scalar,
    keySpan: { start: base + keyStart, end: base + keyEnd },
    valueSpan: { start: base + valueRange[0], end: base + valueEnd },
    span: { start: base + keyStart, end: base + Math.max(valueEnd, keyEnd) },
  };
}
