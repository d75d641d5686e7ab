import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { readSeedFile, type SeedFileRead } from '../engine/files/readSeedFile';

/**
 * The text of a seed: the editor's buffer while it is open, the file on disk otherwise. Closed
 * seeds' text is never kept; it is read again whenever their findings must be recomputed.
 */
export class SeedTexts {
  readonly open = new TextDocuments(TextDocument);

  get(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.get(uri) !== undefined;
  }

  async read(uri: string): Promise<SeedFileRead & { version?: number }> {
    const document = this.open.get(uri);
    if (document) return { ok: true, text: document.getText(), version: document.version };
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return { ok: false, reason: `not a file on disk (${parsed.scheme})` };
    return readSeedFile(parsed.fsPath);
  }
}
