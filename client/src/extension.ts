import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { SeedCuratorContext } from './context';
import { findCorpusLayout, watchCorpusLayout, type CorpusLayout } from './corpusLayout';
import { offerCorpus } from './corpusOffer';
import { SeedLanguageAssociation } from './seedLanguage';
import { createStatusItem } from './statusItem';
import { createCorpusView } from './views/corpusView';
import { createMetadataView } from './views/metadataView';

let ctx: SeedCuratorContext | undefined;

export async function activate(extension: vscode.ExtensionContext): Promise<void> {
  const context = new SeedCuratorContext(extension);
  ctx = context;
  const metadata = createMetadataView(context);
  const corpus = createCorpusView(context);
  extension.subscriptions.push(
    metadata.disposable,
    corpus.disposable,
    createStatusItem(context),
    registerCommands(context, { metadata: metadata.provider, corpus }),
  );
  const seedLanguage = new SeedLanguageAssociation();
  const useLayout = (layout: CorpusLayout) => {
    seedLanguage.update(layout);
    // Not awaited: the views and commands work (and explain themselves) while the server starts.
    void context.start(layout);
  };
  const layout = await findCorpusLayout();
  extension.subscriptions.push(seedLanguage, watchCorpusLayout(layout, useLayout));
  useLayout(layout);
  void offerCorpus(extension, layout, context.output);
}

export async function deactivate(): Promise<void> {
  await ctx?.dispose();
  ctx = undefined;
}
