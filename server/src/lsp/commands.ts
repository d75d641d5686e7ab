import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import type { Connection, ExecuteCommandParams, Location } from 'vscode-languageserver/node';
import { ServerCommands, type AcceptDuplicateArgs } from '../protocol/protocol';
import type { ClientFeatures } from './clientFeatures';
import { acceptFingerprintEdits } from './configEdit';
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
    case ServerCommands.acceptDuplicate:
      return acceptDuplicate(context, argument as AcceptDuplicateArgs);
    case ServerCommands.openLocation:
      return openLocation(context, argument as Location);
    case ServerCommands.recheckCorpus:
      await context.loader.loadWorkspace();
      return context.indexer.idle();
    default:
      context.messages.error(`Seed Curator does not know the command ${params.command}.`);
  }
}

/** Records the fingerprint in the config, through the client's editor when it can apply edits, then reloads the corpus. */
async function acceptDuplicate({ connection, messages, features, texts, corpora, loader }: CommandContext, args: AcceptDuplicateArgs): Promise<void> {
  const corpus = args && typeof args.fingerprint === 'string' ? corpora.corpusOfConfig(args.configUri) : undefined;
  if (!corpus) {
    messages.error('This duplicate cannot be accepted: its corpus has no .seedcurator.json any more.');
    return;
  }
  const read = await texts.read(args.configUri);
  if (!read.ok) {
    messages.error(`The duplicate cannot be recorded: ${corpus.root.configFile} ${read.reason}.`);
    return;
  }
  let change: ReturnType<typeof acceptFingerprintEdits>;
  try {
    change = acceptFingerprintEdits(read.text, args.fingerprint);
  } catch (error) {
    messages.error(`Fix .seedcurator.json first: it is not valid JSON (${(error as Error).message}).`);
    return;
  }
  if (change.edits.length === 0) return;
  if (features.applyEdit) {
    const result = await connection.workspace.applyEdit({ label: 'Accept duplicate', edit: { changes: { [args.configUri]: change.edits } } });
    if (!result.applied) return;
  } else {
    await fs.writeFile(URI.parse(args.configUri).fsPath, change.newText);
  }
  await loader.reload(corpus, change.newText);
}

async function openLocation({ connection, messages, features }: CommandContext, location: Location): Promise<void> {
  if (!features.showDocument) {
    messages.information(`See ${URI.parse(location.uri).fsPath}, line ${location.range.start.line + 1}.`);
    return;
  }
  await connection.window.showDocument({ uri: location.uri, selection: location.range, takeFocus: true });
}
