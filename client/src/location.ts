import * as vscode from 'vscode';
import type { Location as ProtocolLocation } from 'vscode-languageserver-types';

/** A place to open: a VS Code Location, or one as the server writes it (commands pass JSON). */
export type AnyLocation = vscode.Location | ProtocolLocation;

export function toCodeLocation(location: AnyLocation): vscode.Location {
  if (location instanceof vscode.Location) return location;
  const { start, end } = location.range;
  return new vscode.Location(
    vscode.Uri.parse(location.uri),
    new vscode.Range(start.line, start.character, end.line, end.character),
  );
}

/** The start of a file, for links to whole seeds. */
export function fileStart(uri: string): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(uri), new vscode.Position(0, 0));
}

export function openLocationCommand(location: vscode.Location, title = 'Open'): vscode.Command {
  return { command: 'seedCurator.openOther', title, arguments: [location] };
}

export async function openLocation(location: AnyLocation): Promise<void> {
  const { uri, range } = toCodeLocation(location);
  await vscode.window.showTextDocument(uri, { selection: range, preserveFocus: false });
}
