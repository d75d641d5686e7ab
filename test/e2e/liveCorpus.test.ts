import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { check, startSession, type Session } from './harness/session';
import { Workbench } from './harness/workbench';

// Working through the corpus in test/workspaces/corpus: the status item and the Corpus view
// follow each change at once; deleting a copy asks first, clears its problems and can be undone;
// the fix for the problem under the cursor comes first; the walkthrough opens.

const UNDATED_SEED = 'hurtigbaat-uten-dato.txt';
const COPY = 'bridge-followup.txt';
const ORIGINAL = 'bridge-closed.txt';
/** A file the corpus includes that is no text: counted and named, never checked. */
const UNREADABLE = 'scan.txt';

describe('Seed Curator keeps up with the corpus', { timeout: 600_000 }, () => {
  let session: Session | undefined;
  let workbench: Workbench;

  before(async () => {
    session = await startSession('corpus', { installPackagedExtension: true });
    await fs.writeFile(path.join(session.workspace, UNREADABLE), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    workbench = new Workbench(session.page);
    await workbench.open(session.server.url);
  });

  after(() => session?.close());

  /** The status item's words, as a screen reader reads them (its tooltip). */
  const statusWords = () => workbench.page.locator('.statusbar-item[aria-label^="Seed Curator:"]').first().getAttribute('aria-label');

  check('counts the corpus in words, one error as "1 error"', () => session, async () => {
    await pollUntil('the corpus to be counted', async () => ((await statusWords())?.includes('5 seeds checked') ? true : undefined), 60_000);
    assert.match((await statusWords())!, /: 1 error, 18 warnings, 5 infos\./);
  });

  check('names the seeds that cannot be read in the Corpus view', () => session, async () => {
    await workbench.showView('Corpus');
    const rows = workbench.viewRows('Corpus');
    await rows.filter({ hasText: 'Cannot be read' }).filter({ hasText: '1 seed' }).first().waitFor();
    await rows.filter({ hasText: UNREADABLE }).filter({ hasText: /binary/ }).first().waitFor();
  });

  check('follows a quick fix in the status item without a new corpus check', () => session, async () => {
    const text = await fs.readFile(path.join(session!.workspace, UNDATED_SEED), 'utf8');
    const repeat = text.split('\n').findIndex((line, index, lines) => line.trim() !== '' && lines.indexOf(line) < index);
    await workbench.openFile(UNDATED_SEED);
    await workbench.goToLine(repeat + 1);
    await workbench.applyCodeAction(/^Delete/);
    await pollUntil('the status item to count one warning less', async () => ((await statusWords())?.includes('17 warnings') ? true : undefined));
  });

  check('lists the fix for the problem under the cursor first', () => session, async () => {
    await workbench.openFile(COPY);
    await workbench.goToLine(1);
    // Into "date 2021-03", the header fused with the first sentence (an error), which lies within
    // the whole-line warnings of the same line.
    for (let step = 0; step < 3; step++) await workbench.page.keyboard.press('ArrowRight');
    await workbench.page.keyboard.press('Control+.');
    const rows = workbench.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor();
    assert.match((await rows.first().getAttribute('aria-label')) ?? '', /^Split into front matter and body/);
    await workbench.screenshot(path.join(RESULTS_DIR, 'fix-under-cursor.png'));
    await workbench.page.keyboard.press('Escape');
    await workbench.page.locator('.action-widget').waitFor({ state: 'hidden' });
  });

  check('deletes a copy after a confirmation naming its original, clears its problems, and undoes it', () => session, async () => {
    const file = path.join(session!.workspace, COPY);
    const original = await fs.readFile(file, 'utf8');
    await workbench.runCommand('Focus on Problems View');
    await workbench.filterProblems(COPY);
    const problemsOfCopy = workbench.problemsRows().filter({ hasText: COPY });
    await problemsOfCopy.first().waitFor();
    await workbench.openFile(COPY);
    await workbench.goToLine(1);
    await workbench.applyCodeAction(/^Delete this seed file/);
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await dialog.filter({ hasText: `Delete the seed ${COPY}?` }).filter({ hasText: `It is a copy of ${ORIGINAL}` }).waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'delete-seed.png'));
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

    await pollUntil(`${COPY} to be deleted`, () => fs.access(file).then(() => undefined, () => true));
    await workbench.activeTab(COPY).waitFor({ state: 'detached' });
    await pollUntil('the status item to count 4 seeds', async () => ((await statusWords())?.includes('4 seeds checked') ? true : undefined));
    // Neither its own problems nor those of its original that named it.
    await problemsOfCopy.first().waitFor({ state: 'detached' });
    await workbench.runCommand('Seed Curator: Show Duplicate Clusters');
    await workbench.viewRows('Corpus').filter({ hasText: 'Duplicate clusters' }).filter({ hasText: '0 clusters' }).first().waitFor();

    const toast = workbench.page.locator('.notification-toast', { hasText: `Deleted ${COPY}.` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await pollUntil(`${COPY} to be back`, () => fs.readFile(file, 'utf8').catch(() => undefined)), original);
    await pollUntil('the status item to count 5 seeds again', async () => ((await statusWords())?.includes('5 seeds checked') ? true : undefined));
    await workbench.viewRows('Corpus').filter({ hasText: 'Duplicate clusters' }).filter({ hasText: '1 cluster' }).first().waitFor();
  });

  check('opens the walkthrough', () => session, async () => {
    await workbench.runCommand('Seed Curator: Get Started');
    const walkthrough = workbench.page.locator('.gettingStartedContainer');
    await walkthrough.filter({ hasText: 'Get Started with Seed Curator' }).waitFor();
    for (const step of ['What a seed is', 'Make a corpus', 'Fix what is found', 'Compare duplicates', 'Check in CI']) {
      await walkthrough.getByText(step, { exact: true }).first().waitFor();
    }
    await workbench.screenshot(path.join(RESULTS_DIR, 'walkthrough.png'));
  });
});
