import * as vscode from 'vscode';
import type { ComparedPlace, CompareArgs } from '../../../server/src/protocol/protocol';
import { SEED_LANGUAGE } from '../seedLanguage';
import { passageUri } from './passageDocuments';

/**
 * Opens VS Code's diff editor on two places of a duplicate, so their differences are marked: two
 * passages (each in a document of its own) or two whole seeds (their files, editable).
 */
export async function compare({ left, right }: CompareArgs): Promise<void> {
  const title = `${placeTitle(left)} ↔ ${placeTitle(right)}`;
  const [original, modified] = await Promise.all([documentOf(left), documentOf(right)]);
  await vscode.commands.executeCommand('vscode.diff', original, modified, title, { preview: true });
}

/**
 * A passage's document is given the seed language, so its long paragraph lines wrap (the `[seed]`
 * defaults) and a changed word deep in a paragraph is in sight.
 */
async function documentOf(place: ComparedPlace): Promise<vscode.Uri> {
  const seed = vscode.Uri.parse(place.uri);
  if (!place.range) return seed;
  const passage = await vscode.workspace.openTextDocument(passageUri(seed, place.range));
  return (await vscode.languages.setTextDocumentLanguage(passage, SEED_LANGUAGE)).uri;
}

function placeTitle(place: ComparedPlace): string {
  const path = vscode.workspace.asRelativePath(vscode.Uri.parse(place.uri), false);
  return place.range ? `${path}, line ${place.range.start.line + 1}` : path;
}
