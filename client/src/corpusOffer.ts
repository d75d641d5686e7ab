import * as vscode from 'vscode';
import type { CorpusLayout } from './corpusLayout';

/** A folder with this many `.txt` files looks like a corpus in the making. */
const MANY_TEXT_FILES = 10;
/** Remembered per workspace: a curator who said no is not asked again there. */
const DECLINED_KEY = 'seedCurator.corpusOfferDeclined';
const MAKE_CORPUS = 'Make a Corpus';
const NOT_NOW = 'Not Now';
const NEVER = "Don't Ask Again";

/**
 * Offers, once per window, to make a workspace folder that holds many `.txt` files and no
 * `.seedcurator.json` a corpus; until it is one, its `.txt` files are not checked at all.
 */
export async function offerCorpus(extension: vscode.ExtensionContext, layout: CorpusLayout, output: vscode.LogOutputChannel): Promise<void> {
  if (layout.roots.length > 0) return;
  if (extension.workspaceState.get<boolean>(DECLINED_KEY)) {
    output.info('Not offering to make a corpus: declined for this workspace.');
    return;
  }
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const texts = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'), '**/node_modules/**', MANY_TEXT_FILES);
    if (texts.length < MANY_TEXT_FILES) continue;
    output.info(`Offering to make ${folder.name} a corpus: it holds ${MANY_TEXT_FILES} or more .txt files and no .seedcurator.json.`);
    const choice = await vscode.window.showInformationMessage(
      `${folder.name} holds ${MANY_TEXT_FILES} or more .txt files. Make it a Seed Curator corpus, to check them for duplicates, missing dates and boilerplate?`,
      MAKE_CORPUS,
      NOT_NOW,
      NEVER,
    );
    if (choice === MAKE_CORPUS) await vscode.commands.executeCommand('seedCurator.createConfig', folder.uri);
    if (choice === NEVER) await extension.workspaceState.update(DECLINED_KEY, true);
    return;
  }
}
