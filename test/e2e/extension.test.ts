import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './harness/browser';
import { installExtension, startCodeServer, type CodeServer } from './harness/codeServer';
import { extensionLogs } from './harness/diagnosis';
import { REPO_ROOT, RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { Workbench } from './harness/workbench';

// What a curator sees in a real VS Code (code-server in Chromium) with the packaged extension,
// on the corpus in test/workspaces/corpus. Run with `npm run test:e2e`, which packages the .vsix.

const CORPUS = path.join(REPO_ROOT, 'test', 'workspaces', 'corpus');
const UNDATED_SEED = 'hurtigbaat-uten-dato.txt';
const DATED_SEED = 'ferje-innstilt.txt';
const FUSED_SEED = 'bridge-followup.txt';

function vsixPath(): string {
  const { name, version } = require(path.join(REPO_ROOT, 'package.json')) as { name: string; version: string };
  return path.join(REPO_ROOT, `${name}-${version}.vsix`);
}

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
  let root: string;
  let workspace: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let workbench: Workbench;

  /** Runs a check, keeping a screenshot and the logs when it fails. */
  const check = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        await workbench?.screenshot(path.join(RESULTS_DIR, `failed-${name.replace(/\W+/g, '-')}.png`)).catch(() => undefined);
        console.error(await extensionLogs(path.join(root, 'user-data')));
        throw error;
      }
    });

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'seed-e2e-'));
    workspace = path.join(root, 'corpus');
    await fs.cp(CORPUS, workspace, { recursive: true });
    await fs.rm(RESULTS_DIR, { recursive: true, force: true });
    await fs.mkdir(RESULTS_DIR, { recursive: true });
    await installExtension(vsixPath(), root);
    server = await startCodeServer({ root, workspace });
    browser = await launchBrowser();
    const page = await openPage(browser);
    page.setDefaultTimeout(60_000);
    workbench = new Workbench(page);
    await workbench.open(server.url);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (process.env.SEED_E2E_KEEP) console.log(`Kept ${root}`);
    else await fs.rm(root, { recursive: true, force: true });
  });

  check('lists a seed’s findings in the Problems panel', async () => {
    await workbench.openFile(UNDATED_SEED);
    await workbench.runCommand('Focus on Problems View');
    await workbench.filterProblems(`**/${UNDATED_SEED}`);
    const rows = workbench.problemsRows();
    await rows.filter({ hasText: 'missing-date' }).filter({ hasText: /has no date/ }).first().waitFor();
    await rows.filter({ hasText: 'duplicate-passage' }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'problems.png'));
  });

  check('applies a quick fix from the light bulb', async () => {
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

  check('outlines the title and subheadings', async () => {
    await workbench.openFile(DATED_SEED);
    await workbench.showView('Outline');
    const rows = workbench.viewRows('Outline');
    for (const name of ['Ferjesambandet til Nordvik innstilles i tre uker', 'Misnøye blant pendlerne', 'Neste steg']) {
      await rows.filter({ hasText: name }).first().waitFor();
    }
    await workbench.screenshot(path.join(RESULTS_DIR, 'outline.png'));
  });

  check('shows the date and detected language in the Seed Metadata view', async () => {
    await workbench.openFile(DATED_SEED);
    await workbench.showView('Seed Metadata');
    const rows = workbench.viewRows('Seed Metadata');
    await rows.filter({ hasText: 'Date: 2021-03-04' }).first().waitFor();
    await rows.filter({ hasText: 'Language: nb' }).filter({ hasText: /detected/ }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'metadata.png'));
  });

  check('shows the corpus, its duplicate clusters and its state', async () => {
    await workbench.runCommand('Seed Curator: Show Duplicate Clusters');
    const rows = workbench.viewRows('Corpus');
    await rows.filter({ hasText: 'Duplicate clusters' }).filter({ hasText: '1 cluster' }).first().waitFor();
    await rows.filter({ hasText: /bridge-(closed|followup)\.txt/ }).filter({ hasText: 'and 1 other seed' }).first().waitFor();
    await rows.filter({ hasText: 'Without date' }).first().waitFor();
    await workbench.page.locator('.statusbar-item', { hasText: '4 seeds' }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'corpus.png'));
  });

  check('applies the safe fixes on save (editor.codeActionsOnSave)', async () => {
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
