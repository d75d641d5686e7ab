import * as vscode from 'vscode';
import { HeaderEditRequest, type EditableHeaderKey } from '../../../server/src/protocol/protocol';
import type { SeedCuratorContext } from '../context';
import type { TreeNode } from './treeNodes';

/** Sets a header key to a value given (a date candidate, a language candidate clicked in Seed Metadata). */
export const SET_HEADER_FIELD = 'seedCurator.setHeaderField';
/** Asks for a header key's new value (the inline edit button of a Seed Metadata row). */
export const EDIT_HEADER_FIELD = 'seedCurator.editHeaderField';

/** A row whose inline button edits this key. */
export const EDITABLE_FIELD_CONTEXT = 'seedCurator.editableField';
/** A date candidate found in the text: its inline button goes to where it was found. */
export const FOUND_CANDIDATE_CONTEXT = 'seedCurator.foundCandidate';

/** What both commands act on: a key of a seed, its current or proposed value. */
export interface HeaderFieldArgs {
  uri: string;
  key: EditableHeaderKey;
  value?: string;
}

const NAMES: Record<EditableHeaderKey, string> = { title: 'Title', date: 'Date', lang: 'Language (BCP 47 tag: en, nb, nn, da …)' };

export function setHeaderFieldCommand(args: Required<HeaderFieldArgs>): vscode.Command {
  return { command: SET_HEADER_FIELD, title: `Set ${args.key} to ${args.value}`, arguments: [args] };
}

/** Sets the key in the seed's editor (unsaved, undoable), in the header's own style, as the server writes it. */
export function setHeaderField(ctx: SeedCuratorContext): (args: Required<HeaderFieldArgs>) => Promise<void> {
  return async ({ uri, key, value }) => {
    const client = ctx.client;
    if (!client?.isRunning()) {
      ctx.showProblem('the language server is not running.');
      return;
    }
    const edits = await client.sendRequest(HeaderEditRequest, { uri, key, value });
    if (!edits) {
      ctx.showProblem(`${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))} cannot be read.`);
      return;
    }
    const document = vscode.Uri.parse(uri);
    const edit = new vscode.WorkspaceEdit();
    edit.set(document, await client.protocol2CodeConverter.asTextEdits(edits));
    await vscode.workspace.applyEdit(edit);
    await vscode.window.showTextDocument(document, { preserveFocus: true });
  };
}

/** Asks for the value of the row's key, starting from the current one, then sets it. */
export function editHeaderField(ctx: SeedCuratorContext): (node: TreeNode) => Promise<void> {
  const set = setHeaderField(ctx);
  return async (node) => {
    const args = node.argument as HeaderFieldArgs | undefined;
    if (!args) return;
    const value = await vscode.window.showInputBox({
      title: `Set ${args.key} of ${vscode.workspace.asRelativePath(vscode.Uri.parse(args.uri))}`,
      prompt: NAMES[args.key],
      value: args.value ?? '',
      validateInput: (text) => (text.trim() === '' ? 'Type a value.' : undefined),
    });
    if (value !== undefined) await set({ ...args, value: value.trim() });
  };
}
