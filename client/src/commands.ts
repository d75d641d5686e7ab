import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import { ClientCommands, DuplicatesRequest, ServerCommands, type CompareArgs, type DuplicatesParams, type FixCorpusArgs } from '../../server/src/protocol/protocol';
import type { SeedCuratorContext } from './context';
import { CONFIG_FILE } from '../../server/src/protocol/configFile';
import { defaultConfigText } from './corpusConfig';
import { deleteSeed } from './deleteSeed';
import { openLocation, type AnyLocation } from './location';
import { compare } from './compare/compare';
import { nextProblemInCorpus } from './nextProblem';
import { fixRuleInCorpus } from './corpusFix';
import type { NodeTreeProvider, TreeNode } from './views/treeNodes';
import { EDIT_HEADER_FIELD, SET_HEADER_FIELD, editHeaderField, setHeaderField } from './views/headerFieldEdits';
import type { CorpusView } from './views/corpusView';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('seed-curator');
/** `contributes.walkthroughs` in package.json, by `publisher.name#id`. */
const WALKTHROUGH = 'seed-curator.seed-curator#gettingStarted';

export interface Views {
  metadata: NodeTreeProvider;
  corpus: CorpusView;
}

/** Makes the handler of one command from what the extension shares. */
type CommandFactory = (ctx: SeedCuratorContext, views: Views) => (...args: any[]) => unknown;

const commands: Record<string, CommandFactory> = {
  'seedCurator.createConfig': createConfig,
  'seedCurator.checkCorpus': checkCorpus,
  'seedCurator.fixAll': () => fixAll,
  'seedCurator.showDuplicateClusters': (_ctx, views) => () => views.corpus.revealClusters(),
  'seedCurator.openOther': () => (location: AnyLocation) => openLocation(location),
  [ClientCommands.showAllPlaces]: showAllPlaces,
  [ClientCommands.compare]: () => compare,
  'seedCurator.compareWithSeedToKeep': () => (node: TreeNode) => compare(node.argument as CompareArgs),
  'seedCurator.nextProblem': () => nextProblemInCorpus,
  'seedCurator.fixRuleInCorpus': fixRuleInCorpus,
  // A corpus-wide summary's "… in every seed that has none": the rule's fix in every seed, asked first like the view's.
  [ClientCommands.fixCorpus]: (ctx) => (args: FixCorpusArgs) => fixRuleInCorpus(ctx)(args.rule),
  [SET_HEADER_FIELD]: setHeaderField,
  [EDIT_HEADER_FIELD]: editHeaderField,
  'seedCurator.revealFound': () => (node: TreeNode) => openLocation(node.argument as AnyLocation),
  [ClientCommands.deleteSeed]: () => deleteSeed,
  'seedCurator.gettingStarted': () => () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false),
  'seedCurator.refreshViews': (_ctx, views) => () => {
    views.metadata.refresh();
    views.corpus.provider.refresh();
  },
  'seedCurator.restartServer': (ctx) => () => ctx.restart(),
  'seedCurator.showOutput': (ctx) => () => ctx.output.show(),
};

export function registerCommands(ctx: SeedCuratorContext, views: Views): vscode.Disposable {
  return vscode.Disposable.from(
    ...Object.entries(commands).map(([id, factory]) => vscode.commands.registerCommand(id, factory(ctx, views))),
  );
}

/** Writes a `.seedcurator.json` with the defaults into the folder given (explorer menu) or chosen. */
function createConfig(): (folder?: vscode.Uri) => Promise<void> {
  return async (folder) => {
    const target = folder ?? (await pickWorkspaceFolder());
    if (!target) return;
    const configUri = vscode.Uri.joinPath(target, CONFIG_FILE);
    if (await exists(configUri)) {
      void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(configUri)} already exists.`);
    } else {
      await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode(defaultConfigText()));
    }
    await vscode.window.showTextDocument(configUri);
  };
}

async function pickWorkspaceFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Open the folder of your corpus first; the configuration goes at its root.');
    return undefined;
  }
  if (folders.length === 1) return folders[0]!.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Folder to turn into a corpus' }))?.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function checkCorpus(ctx: SeedCuratorContext): () => Promise<void> {
  return async () => {
    const client = ctx.client;
    if (!client?.isRunning()) {
      ctx.showProblem('the language server is not running.');
      return;
    }
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    // The server's own progress item shows the phases; a second one here would only repeat it.
    await client.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.recheckCorpus, arguments: [] });
  };
}

/**
 * Applies the safe fixes the server offers for the whole active seed. The code action is asked
 * for and applied here, rather than through `editor.action.sourceAction`, so that the command
 * ends once the seed is fixed.
 */
async function fixAll(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Open a seed to fix its problems.');
    return;
  }
  const wholeDocument = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', document.uri, wholeDocument, FIX_ALL_KIND.value,
  );
  const action = actions?.find(isFixAll);
  if (!action?.edit && !action?.command) {
    void vscode.window.showInformationMessage('Seed Curator: nothing to fix safely in this seed.');
    return;
  }
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

function isFixAll(candidate: vscode.CodeAction | vscode.Command): candidate is vscode.CodeAction {
  const kind = (candidate as vscode.CodeAction).kind;
  return kind !== undefined && FIX_ALL_KIND.contains(kind);
}

/** Every other place of a passage, from the server, in a quick pick that opens the one chosen. */
function showAllPlaces(ctx: SeedCuratorContext): (params: DuplicatesParams) => Promise<void> {
  return async (params) => {
    const places = (await ctx.client?.sendRequest(DuplicatesRequest, params)) ?? [];
    if (places.length === 0) {
      void vscode.window.showInformationMessage('This passage is found nowhere else any more.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      places.map((place) => ({
        label: place.path,
        description: `line ${place.range.start.line + 1}${place.similarity < 1 ? `, ${Math.round(place.similarity * 100)}% similar` : ''}`,
        place,
      })),
      { title: `${places.length} other places of this passage`, matchOnDescription: true },
    );
    if (picked) await openLocation(picked.place);
  };
}
