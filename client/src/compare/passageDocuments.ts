import * as vscode from 'vscode';
import type { Range as ProtocolRange } from 'vscode-languageserver-types';

/** The scheme of the read-only documents holding one passage of a seed, for the diff editor. */
export const PASSAGE_SCHEME = 'seed-passage';

interface PassageQuery {
  /** The seed the passage is in. */
  uri: string;
  range: ProtocolRange;
}

/**
 * A document holding a passage of a seed as the seed reads now (its open editor, or the file), so
 * that two passages can be diffed without the rest of their seeds. The path names the seed and
 * line, as the diff editor's title and tabs show it.
 */
export function passageUri(seed: vscode.Uri, range: ProtocolRange): vscode.Uri {
  const query: PassageQuery = { uri: seed.toString(), range };
  const name = `${seed.path.slice(seed.path.lastIndexOf('/') + 1)} line ${range.start.line + 1}`;
  return vscode.Uri.from({ scheme: PASSAGE_SCHEME, path: `/${name}`, query: JSON.stringify(query) });
}

export class PassageDocuments implements vscode.TextDocumentContentProvider {
  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { uri: seed, range } = JSON.parse(uri.query) as PassageQuery;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(seed));
    const text = document.getText(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
    return text.endsWith('\n') ? text : `${text}\n`;
  }
}

export function registerPassageDocuments(): vscode.Disposable {
  return vscode.workspace.registerTextDocumentContentProvider(PASSAGE_SCHEME, new PassageDocuments());
}
