import { applyEdits, modify } from 'jsonc-parser';
import type { TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The edits that add a fingerprint to `accepted` in a `.seedcurator.json`, keeping the rest of
 * the file as written; none when it is already there. Throws on a config that is not JSON.
 */
export function acceptFingerprintEdits(configText: string, fingerprint: string): { edits: TextEdit[]; newText: string } {
  const config: unknown = configText.trim() === '' ? {} : JSON.parse(configText);
  const accepted = (config as { accepted?: unknown }).accepted;
  if (Array.isArray(accepted) && accepted.includes(fingerprint)) return { edits: [], newText: configText };
  const document = TextDocument.create('config', 'json', 0, configText);
  const indent = /^([ \t]+)"/m.exec(configText)?.[1] ?? '  ';
  const changes = modify(configText, ['accepted', -1], fingerprint, {
    isArrayInsertion: true,
    formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: configText.includes('\r\n') ? '\r\n' : '\n' },
  });
  const edits = changes.map((change) => ({
    range: { start: document.positionAt(change.offset), end: document.positionAt(change.offset + change.length) },
    newText: change.content,
  }));
  return { edits, newText: applyEdits(configText, changes) };
}
