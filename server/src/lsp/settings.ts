import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, type ServerSettings } from '../protocol/protocol';
import type { ClientFeatures } from './clientFeatures';

const SECTION = 'seedCurator';

/**
 * The `seedCurator.*` settings. Pulled with `workspace/configuration` when the client offers it;
 * otherwise taken from what `workspace/didChangeConfiguration` pushes, else the defaults.
 */
export class Settings {
  private current: ServerSettings = DEFAULT_SETTINGS;

  constructor(private readonly connection: Connection, private readonly features: ClientFeatures) {}

  get value(): ServerSettings {
    return this.current;
  }

  /** Re-reads the settings; `pushed` is the payload of `workspace/didChangeConfiguration`, if any. */
  async refresh(pushed?: unknown): Promise<void> {
    let raw: unknown = (pushed as Record<string, unknown> | undefined)?.[SECTION];
    if (this.features.configuration) {
      try {
        [raw] = await this.connection.workspace.getConfiguration([{ section: SECTION }]);
      } catch {
        // A client that cannot answer leaves the last known settings in place.
        return;
      }
    }
    this.current = settingsFrom(raw);
  }
}

export function settingsFrom(raw: unknown): ServerSettings {
  const given = typeof raw === 'object' && raw !== null ? (raw as Partial<Record<keyof ServerSettings, unknown>>) : {};
  return {
    enable: typeof given.enable === 'boolean' ? given.enable : DEFAULT_SETTINGS.enable,
    debounce: typeof given.debounce === 'number' && given.debounce >= 0 ? given.debounce : DEFAULT_SETTINGS.debounce,
    checkCorpus: typeof given.checkCorpus === 'boolean' ? given.checkCorpus : DEFAULT_SETTINGS.checkCorpus,
  };
}
