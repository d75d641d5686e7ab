import type { Connection } from 'vscode-languageserver/node';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { userCacheFolder } from '../host/cacheFolder';
import { DEFAULT_SETTINGS, type InitializationOptions, type ServerSettings } from '../protocol/protocol';
import type { ClientFeatures } from './clientFeatures';

const SECTION = 'seedCurator';

/**
 * The `seedCurator.*` settings, per workspace folder (as vscode-eslint reads them per resource):
 * pulled with `workspace/configuration` when the client offers it, otherwise taken from what
 * `workspace/didChangeConfiguration` pushes, else the defaults.
 */
export class Settings {
  private global: ServerSettings = DEFAULT_SETTINGS;
  private byFolder = new Map<string, ServerSettings>();

  constructor(
    private readonly connection: Connection,
    private readonly features: ClientFeatures,
    private readonly folders: () => readonly string[],
    private readonly folderOf: (uri: string) => string | undefined,
  ) {}

  /** The settings that apply to a file: its workspace folder's, else the global ones. */
  for(uri: string): ServerSettings {
    const folder = this.folderOf(uri);
    return (folder !== undefined && this.byFolder.get(folder)) || this.global;
  }

  /** Re-reads the settings (`pushed`: the payload of `workspace/didChangeConfiguration`) and tells what changed. */
  async refresh(pushed?: unknown): Promise<SettingsChange> {
    const before = this.inForce();
    await this.read(pushed);
    const after = this.inForce();
    return {
      changed: JSON.stringify(before) !== JSON.stringify(after),
      corpusCheckTurnedOn: after.some((settings, i) => settings.checkCorpus && !before[i]?.checkCorpus),
    };
  }

  private inForce(): ServerSettings[] {
    return [this.global, ...this.folders().map((folder) => this.byFolder.get(folder) ?? this.global)];
  }

  private async read(pushed?: unknown): Promise<void> {
    if (!this.features.configuration) {
      this.global = settingsFrom((pushed as Record<string, unknown> | undefined)?.[SECTION]);
      return;
    }
    const folders = [...this.folders()];
    let answers: unknown[];
    try {
      answers = await this.connection.workspace.getConfiguration([{ section: SECTION }, ...folders.map((folder) => ({ scopeUri: URI.file(folder).toString(), section: SECTION }))]);
    } catch {
      // A client that cannot answer leaves the last known settings in place.
      return;
    }
    this.global = settingsFrom(answers[0]);
    this.byFolder = new Map(folders.map((folder, i) => [folder, settingsFrom(answers[i + 1])]));
  }
}

export interface SettingsChange {
  changed: boolean;
  /** Closed seeds that were not checked must be now. */
  corpusCheckTurnedOn: boolean;
}

export function settingsFrom(raw: unknown): ServerSettings {
  const given = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof ServerSettings, unknown>>) : {};
  return {
    enable: typeof given.enable === 'boolean' ? given.enable : DEFAULT_SETTINGS.enable,
    debounce: typeof given.debounce === 'number' && given.debounce >= 0 ? given.debounce : DEFAULT_SETTINGS.debounce,
    checkCorpus: typeof given.checkCorpus === 'boolean' ? given.checkCorpus : DEFAULT_SETTINGS.checkCorpus,
  };
}

/**
 * Where the server keeps its analysis cache: the folder the client gave in `initializationOptions`
 * (VS Code's workspace storage), else, for editors that give none, the user's cache folder.
 */
export function cacheFolderFrom(initializationOptions: unknown): string {
  const given = typeof initializationOptions === 'object' && initializationOptions !== null ? (initializationOptions as InitializationOptions).cacheFolder : undefined;
  return typeof given === 'string' && path.isAbsolute(given) ? given : userCacheFolder();
}
