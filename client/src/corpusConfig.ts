import * as vscode from 'vscode';
import { defaultConfig, parseConfig } from '../../server/src/engine/config/config';

/** The engine's own reading of the config, so the client and the server agree on what a seed is. */
export async function readIncludeGlobs(configUri: vscode.Uri): Promise<string[]> {
  try {
    return parseConfig(new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri))).config.include;
  } catch {
    // Vanished since it was found: the default globs until the watcher reports it gone.
    return defaultConfig().include;
  }
}

/** What a new corpus starts with: the engine's defaults, written out so a curator sees them. */
export function defaultConfigText(): string {
  return JSON.stringify(defaultConfig(), null, 2) + '\n';
}
