import * as vscode from 'vscode';
import type { ComparedPlace, CompareArgs } from '../../../server/src/protocol/protocol';
import { passageUri } from './passageDocuments';

/**
 * Opens VS Code's diff editor on two places of a duplicate, so their differences are marked: two
 * passages (each in a document of its own) or two whole seeds (their files, editable).
 */
export async function compare({ left, right }: CompareArgs): Promise<void> {
  const title = `${placeTitle(left)} ↔ ${placeTitle(right)}`;
  await vscode.commands.executeCommand('vscode.diff', documentOf(left), documentOf(right), title, { preview: true });
}

function documentOf(place: ComparedPlace): vscode.Uri {
  const seed = vscode.Uri.parse(place.uri);
  return place.range ? passageUri(seed, place.range) : seed;
}

function placeTitle(place: ComparedPlace): string {
  const path = vscode.workspace.asRelativePath(vscode.Uri.parse(place.uri), false);
  return place.range ? `${path}, line ${place.range.start.line + 1}` : path;
}
