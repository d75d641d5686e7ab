import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { tooLargeToCheck } from '../host/fileErrors';
import { MAX_SEED_BYTES, readSeedFile, type SeedFileRead } from '../host/readSeedFile';

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
    if (document) return bufferOf(document);
    const parsed = URI.parse(uri);
    if (parsed.scheme !== 'file') return { ok: false, reason: `not a file on disk (${parsed.scheme})` };
    return readSeedFile(parsed.fsPath);
  }
}

/**
 * An open seed's text, held to the limit of files on disk: the editor may open a dump too, and
 * analysing it on every keystroke would hold up every request behind it.
 */
function bufferOf(document: TextDocument): SeedFileRead & { version: number } {
  const text = document.getText();
  // A UTF-16 code unit is at most three bytes of UTF-8: most texts need no count.
  const bytes = text.length * 3 <= MAX_SEED_BYTES ? 0 : Buffer.byteLength(text, 'utf8');
  return bytes > MAX_SEED_BYTES ? { ...tooLargeToCheck(bytes, MAX_SEED_BYTES), version: document.version } : { ok: true, text, version: document.version };
}
