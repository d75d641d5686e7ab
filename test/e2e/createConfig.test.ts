import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { check, startSession, type Session } from './harness/session';
import { Workbench } from './harness/workbench';

// A folder that is no corpus yet (test/workspaces/no-config): only its `.seed` file is checked,
// until the Corpus view's button writes a .seedcurator.json; then its `.txt` seed is checked too,
// which needs the client to follow the new config.

const SEED_FILE = 'kveldsmat.seed';
const TXT_SEED = 'biblioteket.txt';

describe('Seed Curator in a folder without a corpus configuration', { timeout: 600_000 }, () => {
  let session: Session | undefined;
  let workbench: Workbench;

  before(async () => {
    session = await startSession('no-config', { installPackagedExtension: true });
    workbench = new Workbench(session.page);
    await workbench.open(session.server.url);
  });

  after(() => session?.close());

  check('checks .seed files without a configuration', () => session, async () => {
    await workbench.openFile(SEED_FILE);
    await workbench.runCommand('Focus on Problems View');
    await workbench.problemsRows().filter({ hasText: SEED_FILE }).first().waitFor();
  });

  check('turns the folder into a corpus from the Corpus view', () => session, async () => {
    await workbench.showView('Corpus');
    const createButton = session!.page.locator('.welcome-view-content').getByRole('button', { name: 'Create .seedcurator.json' });
    await createButton.click();
    // The command ends by opening the new config; waiting for it keeps it from taking the focus later.
    await workbench.activeTab('.seedcurator.json').waitFor();
    await pollUntil('.seedcurator.json on disk', () => fs.access(path.join(session!.workspace, '.seedcurator.json')).then(() => true, () => undefined));
    // Not opened: the corpus is checked in the background once it is one.
    await workbench.runCommand('Focus on Problems View');
    await workbench.problemsRows().filter({ hasText: TXT_SEED }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'create-config.png'));
  });
});
