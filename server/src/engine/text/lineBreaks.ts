/**
 * Line breaks as LSP counts them: `\r\n`, `\n` and a lone `\r`. Every place that cuts a text into
 * lines uses these, so that the engine's lines are the editor's whatever the seed's convention.
 */
export type LineEnding = '\n' | '\r\n' | '\r';

const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

export function endsWithLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13;
}

/** Offset where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i + 1;
  }
  return 0;
}

/** Offset of the line break ending the line holding `offset`, or the text's length. */
export function lineEndOf(text: string, offset: number): number {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return i;
  }
  return text.length;
}
