import type { Position, Range } from '../findings';
import type { LineEnding } from './lineBreaks';

/**
 * Offsets (UTF-16 code units, as LSP counts) to positions and back, for one text. Lines end at
 * `\r\n`, `\n` or a lone `\r`, as LSP has it: counting only `\n` would put a CR-only seed's
 * fixes on the wrong lines of the editor's document.
 */
export class LineMap {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];
  /** The line ending found first, kept when fixes insert new lines. */
  readonly eol: LineEnding;

  constructor(readonly text: string) {
    const starts = [0];
    let eol: LineEnding | undefined;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13) {
        const crlf = text.charCodeAt(i + 1) === 10;
        eol ??= crlf ? '\r\n' : '\r';
        if (crlf) i++;
        starts.push(i + 1);
      } else if (code === 10) {
        eol ??= '\n';
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    this.eol = eol ?? '\n';
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** End of the line's content, before its line ending. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    // The break before the next line is `\n`, `\r` or `\r\n`.
    let end = this.lineStarts[line + 1] - 1;
    if (this.text.charCodeAt(end) === 10 && end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Start of the next line (after the line ending), or the text's end. */
  lineEndWithBreak(line: number): number {
    return line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
  }

  /** The line's content without its line ending; empty past the last line. */
  lineText(line: number): string {
    if (line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    return Math.min(start + position.character, this.lineEndWithBreak(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
