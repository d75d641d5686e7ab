import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { extensionLogs } from './harness/diagnosis';
import { RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { check, startSession, type Session } from './harness/session';
import { Workbench } from './harness/workbench';

// A folder of ten .txt files and no .seedcurator.json (test/workspaces/plain-texts): Seed Curator
// offers to make it a corpus, and does not ask again once told not to.

const OFFER = 'Make it a Seed Curator corpus';

describe('Seed Curator offers to make a folder of text files a corpus', { timeout: 600_000 }, () => {
  let session: Session | undefined;
  let workbench: Workbench;
  const configFile = () => path.join(session!.workspace, '.seedcurator.json');
  const offer = () => workbench.page.locator('.notification-toast', { hasText: OFFER });
  /** As a user reloads: VS Code shuts down first, and saves the extension's workspace state. */
  const reloadWindow = async () => {
    const loaded = workbench.page.waitForEvent('load');
    await workbench.runCommand('Developer: Reload Window');
    await loaded;
    await workbench.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  };

  before(async () => {
    session = await startSession('plain-texts', { installPackagedExtension: true });
    workbench = new Workbench(session.page);
    await workbench.open(session.server.url);
  });

  after(() => session?.close());

  check('makes the folder a corpus from the notification', () => session, async () => {
    await offer().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'corpus-offer.png'));
    await offer().getByRole('button', { name: 'Make a Corpus' }).click();
    await workbench.activeTab('.seedcurator.json').waitFor();
    await pollUntil('.seedcurator.json on disk', () => fs.access(configFile()).then(() => true, () => undefined));
    await workbench.runCommand('Focus on Problems View');
    // Filtered: the panel renders only the rows in sight.
    await workbench.filterProblems('ice-rink.txt');
    await workbench.problemsRows().filter({ hasText: 'ice-rink.txt' }).first().waitFor();
  });

  check('does not ask again in a workspace where it was told not to', () => session, async () => {
    await fs.rm(configFile());
    await reloadWindow();
    await offer().getByRole('button', { name: "Don't Ask Again" }).click();
    await offer().waitFor({ state: 'detached' });
    await reloadWindow();
    await pollUntil('the extension to decline to ask', async () =>
      (await extensionLogs(path.join(session!.root, 'user-data'))).includes('Not offering to make a corpus: declined for this workspace.') ? true : undefined,
      // The extension host of a reloaded window starts after the workbench, slowly on a loaded machine.
      120_000,
    );
    if ((await offer().count()) > 0) throw new Error('The offer was made again.');
  });
});
