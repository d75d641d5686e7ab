import { FileChangeType, type FileEvent } from 'vscode-languageserver/node';
import type { SeedChecker } from './checker';
import type { CorpusLoader } from './corpusLoader';
import type { SeedTexts } from './documents';
import type { Scheduler } from './scheduler';
import { isConfigFile, type Corpora } from './workspace';

export interface WatchedFilesContext {
  corpora: Corpora;
  texts: SeedTexts;
  loader: CorpusLoader;
  checker: SeedChecker;
  scheduler: Scheduler;
}

/** Files changed outside the editor (git, the CLI's --fix, a deletion) update the index. */
export async function onWatchedFilesChanged(context: WatchedFilesContext, events: readonly FileEvent[]): Promise<void> {
  // A burst may name a file more than once; its last event tells its state.
  const latest = new Map(events.map((event) => [event.uri, event.type]));
  for (const [uri, type] of latest) {
    if (isConfigFile(uri)) await configChanged(context, uri, type);
    else seedChanged(context, uri, type);
  }
}

async function configChanged({ corpora, loader }: WatchedFilesContext, uri: string, type: FileChangeType): Promise<void> {
  const corpus = corpora.corpusOfConfig(uri);
  if (type === FileChangeType.Changed && corpus) return loader.reload(corpus);
  // A config that appears or vanishes changes which corpora the folder holds.
  const workspaceFolder = corpora.workspaceFolderOf(uri);
  if (workspaceFolder) return loader.loadFolder(workspaceFolder);
  if (corpus) return loader.reload(corpus);
}

function seedChanged({ corpora, texts, loader, checker, scheduler }: WatchedFilesContext, uri: string, type: FileChangeType): void {
  // An open seed's truth is its buffer; saving it changes nothing the index does not know.
  if (texts.isOpen(uri)) return;
  scheduler.schedule(uri, 0, async (token) => {
    if (type === FileChangeType.Deleted) return checker.forget(uri, token);
    if (corpora.corpusFor(uri) || (type === FileChangeType.Created && (await loader.corpusForNewSeed(uri)))) return checker.refresh(uri, token);
  });
}
