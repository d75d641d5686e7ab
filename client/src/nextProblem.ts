import * as vscode from 'vscode';
import { openLocation } from './location';
import { seedProblems } from './seedDiagnostics';

/**
 * Goes to the next Seed Curator finding of the corpus after the cursor: in this seed, then in the
 * next seed by path, back to the first at the end. VS Code's own "next problem" stays in one file
 * or walks every source's problems.
 */
export async function nextProblemInCorpus(): Promise<void> {
  const problems = seedProblems().map(({ uri, diagnostic }) => ({ uri, range: diagnostic.range, key: uri.toString() }));
  if (problems.length === 0) {
    void vscode.window.showInformationMessage('Seed Curator: no problems in the corpus.');
    return;
  }
  problems.sort((a, b) => a.key.localeCompare(b.key) || a.range.start.compareTo(b.range.start));
  const editor = vscode.window.activeTextEditor;
  const here = editor && { key: editor.document.uri.toString(), position: editor.selection.active };
  const next = here ? problems.find((problem) => problem.key > here.key || (problem.key === here.key && problem.range.start.isAfter(here.position))) : undefined;
  const target = next ?? problems[0]!;
  await openLocation(new vscode.Location(target.uri, target.range));
}
