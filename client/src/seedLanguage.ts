import * as vscode from 'vscode';
import { seedFileFilters, type CorpusLayout } from './corpusLayout';

export const SEED_LANGUAGE = 'seed';

/**
 * A corpus's seeds are mostly `.txt` files, which VS Code opens as plain text: they are switched
 * to the `seed` language, so that the grammar and the `[seed]` editor defaults apply to them too.
 */
export class SeedLanguageAssociation implements vscode.Disposable {
  private layout: CorpusLayout = { roots: [] };
  private readonly onOpen = vscode.workspace.onDidOpenTextDocument((document) => this.adopt(document));

  /** Follows a new corpus layout, adopting the seeds already open. */
  update(layout: CorpusLayout): void {
    this.layout = layout;
    vscode.workspace.textDocuments.forEach((document) => this.adopt(document));
  }

  dispose(): void {
    this.onOpen.dispose();
  }

  private adopt(document: vscode.TextDocument): void {
    if (document.languageId !== 'plaintext' || vscode.languages.match(seedFileFilters(this.layout), document) === 0) return;
    void vscode.languages.setTextDocumentLanguage(document, SEED_LANGUAGE);
  }
}
