import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import { preferUnderCursor, underCursorFirst } from '../../server/src/lsp/codeActionOrder';

const range = (startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range => ({
  start: { line: startLine, character: startCharacter },
  end: { line: endLine, character: endCharacter },
});
const diagnostic = (code: string, severity: 1 | 2 | 3, at: Range): Diagnostic => ({ code, severity, range: at, message: code });
const cursor = (line: number, character: number) => range(line, character, line, character);

describe('code actions: the problem under the cursor first', () => {
  const paragraph = diagnostic('missing-date', 2, range(0, 0, 4, 0));
  const word = diagnostic('fused-header', 1, range(0, 0, 0, 12));
  const later = diagnostic('stray-whitespace', 3, range(0, 20, 0, 24));

  it('puts the diagnostics holding the cursor first, then the most severe, then the narrowest', () => {
    assert.deepEqual(underCursorFirst([later, paragraph, word], cursor(0, 5)).map((d) => d.code), ['fused-header', 'missing-date', 'stray-whitespace']);
    assert.deepEqual(underCursorFirst([paragraph, word, later], cursor(0, 22)).map((d) => d.code), ['missing-date', 'stray-whitespace', 'fused-header']);
  });

  it('keeps "preferred" on the fixes of the first diagnostic that has one only', () => {
    const actions: CodeAction[] = [
      { title: 'Split the header', diagnostics: [word] },
      { title: 'Split the header into front matter', diagnostics: [word], isPreferred: true },
      { title: 'Insert date: 2021-03-04', diagnostics: [paragraph], isPreferred: true },
    ];
    preferUnderCursor(actions);
    assert.deepEqual(actions.filter((action) => action.isPreferred).map((action) => action.title), ['Split the header into front matter']);
  });
});
