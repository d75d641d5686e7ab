import { DidChangeWatchedFilesNotification, type Connection, type Disposable, type FileSystemWatcher } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { CONFIG_FILE } from '../protocol/configFile';
import type { Corpora } from './workspace';

/** Seeds without a corpus are `.seed` files; a corpus's own seeds are what its `include` names. */
const LOOSE_SEEDS = '**/*.seed';

/**
 * The server's file watchers, registered with the client from each corpus's own `include` globs
 * (relative to its root) and, for every workspace folder, configs and loose `.seed` files; made
 * again whenever the corpora change. The client watches nothing itself, so a change on disk
 * reaches the server once.
 */
export class FileWatchers {
  private registered?: Disposable;
  private current = '';
  private queue = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly corpora: Corpora,
    private readonly relativePatterns: boolean,
  ) {}

  /** Registers the watchers the corpora need now, unless they are those registered already. */
  update(): Promise<void> {
    this.queue = this.queue.then(async () => {
      const watchers = this.watchers();
      const key = JSON.stringify(watchers);
      if (key === this.current) return;
      this.current = key;
      this.registered?.dispose();
      this.registered = await this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    });
    return this.queue;
  }

  private watchers(): FileSystemWatcher[] {
    const patterns = new Map<string, { base: string; pattern: string }>();
    const add = (base: string, pattern: string) => patterns.set(`${base}\n${pattern}`, { base, pattern });
    for (const folder of this.corpora.workspaceFolders) {
      add(folder, `**/${CONFIG_FILE}`);
      add(folder, LOOSE_SEEDS);
    }
    for (const corpus of this.corpora.all()) {
      for (const glob of corpus.config.include) if (glob !== LOOSE_SEEDS) add(corpus.root.folder, glob);
    }
    return [...patterns.values()].map(({ base, pattern }) => ({
      globPattern: this.relativePatterns ? { baseUri: URI.file(base).toString(), pattern } : `${base.split('\\').join('/')}/${pattern}`,
    }));
  }
}
