import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';
import { CONFIG_FILE } from '../../server/src/protocol/configFile';
import { readIncludeGlobs } from './corpusConfig';

interface CorpusRoot {
  folder: vscode.Uri;
  include: string[];
}

/** Where the seeds of the workspace are: every corpus root with its `include` globs. */
export interface CorpusLayout {
  roots: CorpusRoot[];
}

const CONFIG_GLOB = `**/${CONFIG_FILE}`;

export async function findCorpusLayout(): Promise<CorpusLayout> {
  const configs = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**');
  const roots = await Promise.all(
    configs.map(async (config) => ({ folder: vscode.Uri.joinPath(config, '..'), include: await readIncludeGlobs(config) })),
  );
  roots.sort((a, b) => a.folder.toString().localeCompare(b.folder.toString()));
  return { roots };
}

function sameLayout(a: CorpusLayout, b: CorpusLayout): boolean {
  return JSON.stringify(a.roots) === JSON.stringify(b.roots);
}

/**
 * The documents the language server looks at: `.seed` files anywhere, and in each corpus the
 * files its config includes (they are usually `.txt`, which VS Code opens as plain text).
 * Excludes are not expressible in a selector; the server ignores excluded files itself.
 */
export function documentSelector(layout: CorpusLayout): DocumentSelector {
  return [
    { scheme: 'file', language: 'seed' },
    ...includedGlobs(layout).map((pattern) => ({ scheme: 'file', pattern: { baseUri: pattern.baseUri.toString(), pattern: pattern.pattern } })),
  ];
}

/** The same files as filters for VS Code's own API (`languages.match`). */
export function seedFileFilters(layout: CorpusLayout): vscode.DocumentFilter[] {
  return includedGlobs(layout).map((pattern) => ({ scheme: 'file', pattern }));
}

/** Each corpus's `include` globs, relative to its root. */
function includedGlobs(layout: CorpusLayout): vscode.RelativePattern[] {
  return layout.roots.flatMap((root) => root.include.map((glob) => new vscode.RelativePattern(root.folder, glob)));
}

/**
 * Calls `onChange` with the new layout whenever a corpus appears, disappears or changes its
 * `include`; edits to other keys (such as an accepted duplicate) leave the layout alone.
 */
export function watchCorpusLayout(initial: CorpusLayout, onChange: (layout: CorpusLayout) => void): vscode.Disposable {
  let current = initial;
  // Chained so that a burst of file events is handled in order, each against the layout before it.
  let queue = Promise.resolve();
  const recompute = () => {
    queue = queue.then(async () => {
      const next = await findCorpusLayout();
      if (sameLayout(current, next)) return;
      current = next;
      onChange(next);
    });
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate(recompute),
    watcher.onDidChange(recompute),
    watcher.onDidDelete(recompute),
    vscode.workspace.onDidChangeWorkspaceFolders(recompute),
  );
}
