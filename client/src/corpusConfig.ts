import * as vscode from 'vscode';
import { DEFAULT_INCLUDE, defaultConfig, includeOf } from '../../server/src/protocol/configFile';

/** The config's `include` as the server reads it, so the client and the server agree on what a seed is. */
export async function readIncludeGlobs(configUri: vscode.Uri): Promise<string[]> {
  try {
    return includeOf(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri)));
  } catch {
    // Vanished since it was found: the default globs until the watcher reports it gone.
    return DEFAULT_INCLUDE;
  }
}

/** What a new corpus starts with: the defaults, written out so a curator sees them. */
export function defaultConfigText(): string {
  return JSON.stringify(defaultConfig(), null, 2) + '\n';
}
