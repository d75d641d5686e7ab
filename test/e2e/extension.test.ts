import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { check, startSession, type Session } from './harness/session';
import { Workbench } from './harness/workbench';

// What a curator sees in a real VS Code (code-server in Chromium) with the packaged extension,
// on the corpus in test/workspaces/corpus. Run with `npm run test:e2e`, which packages the .vsix.

const UNDATED_SEED = 'hurtigbaat-uten-dato.txt';
const DATED_SEED = 'ferje-innstilt.txt';
const FUSED_SEED = 'bridge-followup.txt';

/** The 1-based line that repeats an earlier line: the repeated paragraph of the undated seed. */
function repeatedLine(text: string): { line: number; text: string } {
  const lines = text.split('\n');
  const index = lines.findIndex((line, i) => line.trim() !== '' && lines.indexOf(line) < i);
  assert.ok(index > 0, 'the fixture has a repeated paragraph');
  return { line: index + 1, text: lines[index]! };
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('Seed Curator in VS Code', { timeout: 600_000 }, () => {
  let session: Session | undefined;
  let workbench: Workbench;
  let workspace: string;

  before(async () => {
    session = await startSession('corpus', { installPackagedExtension: true });
    workspace = session.workspace;
    workbench = new Workbench(session.page);
    await workbench.open(session.server.url);
  });

  after(() => session?.close());

  check('lists a seed’s findings in the Problems panel', () => session, async () => {
    await workbench.openFile(UNDATED_SEED);
    await workbench.runCommand('Focus on Problems View');
    await workbench.filterProblems(`**/${UNDATED_SEED}`);
    const rows = workbench.problemsRows();
    await rows.filter({ hasText: 'missing-date' }).filter({ hasText: /has no date/ }).first().waitFor();
    await rows.filter({ hasText: 'duplicate-passage' }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'problems.png'));
  });

  check('opens a corpus’s .txt seeds in the seed language', () => session, async () => {
    await workbench.openFile(DATED_SEED);
    await workbench.page.locator('.statusbar-item', { hasText: /^Seed$/ }).first().waitFor();
  });

  check('applies a quick fix from the light bulb', () => session, async () => {
    const file = path.join(workspace, UNDATED_SEED);
    const before = await fs.readFile(file, 'utf8');
    const repeat = repeatedLine(before);
    assert.equal(occurrences(before, repeat.text), 2);
    await workbench.openFile(UNDATED_SEED);
    await workbench.goToLine(repeat.line);
    await workbench.applyCodeAction(/^Delete/, path.join(RESULTS_DIR, 'quick-fix.png'));
    await workbench.activeTab(UNDATED_SEED).and(workbench.page.locator('.dirty')).waitFor();
    await workbench.page.keyboard.press('Control+S');
    const after = await pollUntil('the fix to reach the disk', async () => {
      const text = await fs.readFile(file, 'utf8');
      return occurrences(text, repeat.text) === 1 ? text : undefined;
    });
    for (const paragraph of before.split('\n').filter((line) => line.trim() !== '')) {
      assert.ok(after.includes(paragraph), `kept: ${paragraph}`);
    }
  });

  check('outlines the title and subheadings', () => session, async () => {
    await workbench.openFile(DATED_SEED);
    await workbench.showView('Outline');
    const rows = workbench.viewRows('Outline');
    for (const name of ['Ferjesambandet til Nordvik innstilles i tre uker', 'Misnøye blant pendlerne', 'Neste steg']) {
      await rows.filter({ hasText: name }).first().waitFor();
    }
    await workbench.screenshot(path.join(RESULTS_DIR, 'outline.png'));
  });

  check('shows the date and detected language in the Seed Metadata view', () => session, async () => {
    await workbench.openFile(DATED_SEED);
    await workbench.showView('Seed Metadata');
    const rows = workbench.viewRows('Seed Metadata');
    await rows.filter({ hasText: 'Date: 2021-03-04' }).first().waitFor();
    await rows.filter({ hasText: 'Language: nb' }).filter({ hasText: /detected/ }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'metadata.png'));
  });

  check('shows the corpus, its duplicate clusters and its state', () => session, async () => {
    await workbench.runCommand('Seed Curator: Show Duplicate Clusters');
    const rows = workbench.viewRows('Corpus');
    await rows.filter({ hasText: 'Duplicate clusters' }).filter({ hasText: '1 cluster' }).first().waitFor();
    await rows.filter({ hasText: 'Harbour bridge closed after storm damage' }).filter({ hasText: 'keep bridge-closed.txt, 1 copy' }).first().waitFor();
    await rows.filter({ hasText: 'Without date' }).first().waitFor();
    await workbench.page.locator('.statusbar-item', { hasText: '4 seeds' }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'corpus.png'));
  });

  check('applies the safe fixes on save (editor.codeActionsOnSave)', () => session, async () => {
    const file = path.join(workspace, FUSED_SEED);
    assert.match(await fs.readFile(file, 'utf8'), /^\s/, 'the fixture starts with stray whitespace');
    await workbench.openFile(FUSED_SEED);
    await workbench.goToLine(3);
    await workbench.page.keyboard.press('End');
    await workbench.page.keyboard.type('   ');
    await workbench.activeTab(FUSED_SEED).and(workbench.page.locator('.dirty')).waitFor();
    await workbench.page.keyboard.press('Control+S');
    await pollUntil('the safe fixes to reach the disk', async () => {
      const text = await fs.readFile(file, 'utf8');
      return !/^\s/.test(text) && !/[ \t]$/m.test(text) ? text : undefined;
    });
  });
});
