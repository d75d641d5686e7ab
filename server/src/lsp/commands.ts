import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import type { Connection, ExecuteCommandParams, Location } from 'vscode-languageserver/node';
import { writeFixedSeed } from '../host/writeSeed';
import { ServerCommands, type EditConfigArgs } from '../protocol/protocol';
import type { ClientFeatures } from './clientFeatures';
import { changedConfigText } from './configEdit';
import type { CorpusLoader } from './corpusLoader';
import type { SeedTexts } from './documents';
import type { Indexer } from './indexer';
import type { UserMessages } from './userMessages';
import type { Corpora } from './workspace';

export const COMMANDS: string[] = Object.values(ServerCommands);

export interface CommandContext {
  connection: Connection;
  messages: UserMessages;
  features: ClientFeatures;
  texts: SeedTexts;
  corpora: Corpora;
  loader: CorpusLoader;
  indexer: Indexer;
}

export async function executeCommand(context: CommandContext, params: ExecuteCommandParams): Promise<void> {
  const [argument] = params.arguments ?? [];
  switch (params.command) {
    case ServerCommands.editConfig:
      return editConfig(context, argument as EditConfigArgs);
    case ServerCommands.openLocation:
      return openLocation(context, argument as Location);
    case ServerCommands.recheckCorpus:
      await context.loader.loadWorkspace();
      return context.indexer.idle();
    default:
      context.messages.error(`Seed Curator does not know the command ${params.command}.`);
  }
}

/**
 * Makes one change to a corpus's config, saves it (a config left unsaved in an editor tab would
 * change nothing for the CLI), and applies it: a change to what is checked only (rules, ignores,
 * accepted duplicates) re-checks seeds without re-indexing them.
 */
async function editConfig({ messages, texts, corpora, loader }: CommandContext, args: EditConfigArgs): Promise<void> {
  const corpus = args && typeof args.configUri === 'string' && args.change ? corpora.corpusOfConfig(args.configUri) : undefined;
  const file = corpus?.root.configFile;
  if (!corpus || !file) {
    messages.error('The config cannot be changed: this corpus has no .seedcurator.json any more.');
    return;
  }
  const read = await texts.read(args.configUri);
  if (!read.ok) {
    messages.error(`The config cannot be changed: ${file} ${read.reason}.`);
    return;
  }
  let newText: string;
  try {
    newText = changedConfigText(read.text, args.change);
  } catch (error) {
    messages.error(`Fix .seedcurator.json first: it is not valid JSON (${(error as Error).message}).`);
    return;
  }
  if (newText === read.text) return;
  const written = await writeFixedSeed(file, read.text, newText, await fs.realpath(corpus.root.folder));
  if (!written.written) {
    messages.error(`${file} was not changed: ${written.reason}.`);
    return;
  }
  await loader.reload(corpus, newText);
}

async function openLocation({ connection, messages, features }: CommandContext, location: Location): Promise<void> {
  if (!features.showDocument) {
    messages.information(`See ${URI.parse(location.uri).fsPath}, line ${location.range.start.line + 1}.`);
    return;
  }
  await connection.window.showDocument({ uri: location.uri, selection: location.range, takeFocus: true });
}
