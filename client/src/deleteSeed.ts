import * as vscode from 'vscode';
import type { DeleteSeedArgs } from '../../server/src/protocol/protocol';
import { percent } from './views/treeNodes';

const DELETE = 'Delete';
const UNDO = 'Undo';

/**
 * "Delete this seed file": asks first, naming the file and the seed it is a copy of; deletes it
 * with a workspace edit (to the trash where the file system has one, and on VS Code's undo
 * stack), closes its editors, and offers to bring it back at once.
 */
export async function deleteSeed({ uri, copyOf }: DeleteSeedArgs): Promise<void> {
  const seed = vscode.Uri.parse(uri);
  const name = vscode.workspace.asRelativePath(seed, false);
  const dirty = vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri && document.isDirty);
  const detail = [
    copyOf ? `It is a copy of ${copyOf.path}, which holds ${percent(copyOf.share)} of it.` : '',
    dirty ? 'Its unsaved changes are lost.' : '',
    'You can undo the deletion from the notification that follows.',
  ].filter(Boolean).join(' ');
  if ((await vscode.window.showWarningMessage(`Delete the seed ${name}?`, { modal: true, detail }, DELETE)) !== DELETE) return;
  const contents = await vscode.workspace.fs.readFile(seed).then((bytes) => bytes, () => undefined);
  const edit = new vscode.WorkspaceEdit();
  edit.deleteFile(seed, { recursive: false, ignoreIfNotExists: true });
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(`Seed Curator: ${name} could not be deleted.`);
    return;
  }
  await closeEditorsOf(seed);
  const undoable = contents ? [UNDO] : [];
  if ((await vscode.window.showInformationMessage(`Deleted ${name}.`, ...undoable)) === UNDO && contents) await restore(seed, contents);
}

/** An editor left open on a deleted seed invites saving it back by mistake. */
async function closeEditorsOf(uri: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs);
}

async function restore(uri: vscode.Uri, contents: Uint8Array): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { contents, ignoreIfExists: true });
  if (await vscode.workspace.applyEdit(edit)) await vscode.window.showTextDocument(uri);
}
