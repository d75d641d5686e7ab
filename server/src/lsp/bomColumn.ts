import type { Diagnostic, Position, Range } from 'vscode-languageserver/node';

/**
 * The engine sets a leading BOM aside (`parseSeed`), so its positions match an editor that strips
 * it from the document, as VS Code does with files. A client whose open document still holds the
 * BOM counts it as the first character of line 0: there, positions on line 0 move one column on.
 */
export function startsWithBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

export function pastBom(range: Range): Range {
  return { start: positionPastBom(range.start), end: positionPastBom(range.end) };
}

function positionPastBom(position: Position): Position {
  return position.line === 0 ? { line: 0, character: position.character + 1 } : position;
}

/** A client's position in a document with the BOM, in the engine's text without it. */
export function positionBeforeBom(position: Position): Position {
  return position.line === 0 ? { line: 0, character: Math.max(0, position.character - 1) } : position;
}

/** A text as the engine counts its positions. */
export function withoutBom(text: string): string {
  return startsWithBom(text) ? text.slice(1) : text;
}

/** A diagnostic of the document with the BOM, with its own range and its related places in that document moved. */
export function diagnosticPastBom(diagnostic: Diagnostic, uri: string): Diagnostic {
  const related = diagnostic.relatedInformation?.map((info) => (info.location.uri === uri ? { ...info, location: { uri, range: pastBom(info.location.range) } } : info));
  return { ...diagnostic, range: pastBom(diagnostic.range), ...(related && { relatedInformation: related }) };
}
