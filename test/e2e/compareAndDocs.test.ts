import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import type { Locator } from 'playwright-core';
import { RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { check, startSession, type Session } from './harness/session';
import { Workbench } from './harness/workbench';

// Reading a rule's documentation, comparing duplicates and editing a seed's header from Seed
// Metadata, as a curator does, on test/workspaces/compare: a seed (a-bridge) and its copy
// (b-bridge-copy, one word changed), an article (c-ferry) sharing that changed paragraph, and a
// Norwegian seed (d-nordvik) declared `en`, without a date but with one in its text.

const ORIGINAL = 'a-bridge.txt';
const COPY = 'b-bridge-copy.txt';
const SHARING = 'c-ferry.txt';
const SHARED_LINE = 10;
const NORWEGIAN = 'd-nordvik.txt';

describe('Seed Curator: documentation, comparing duplicates, editing metadata', { timeout: 600_000 }, () => {
  let session: Session | undefined;
  let workbench: Workbench;

  before(async () => {
    session = await startSession('compare', { installPackagedExtension: true });
    workbench = new Workbench(session.page);
    await workbench.open(session.server.url);
    // The corpus is indexed: every seed has its findings.
    await workbench.page.locator('.statusbar-item', { hasText: '4 seeds' }).first().waitFor();
  });

  after(() => session?.close());

  /**
   * The diff editor marks a change: the original side shows `removed` and the modified side
   * `added`, each side with a changed part marked.
   */
  const diffMarks = async (removed: string, added: string) => {
    const diff = workbench.page.locator('.monaco-diff-editor').first();
    await diff.locator('.editor.original .view-line', { hasText: removed }).first().waitFor();
    await diff.locator('.editor.modified .view-line', { hasText: added }).first().waitFor();
    await diff.locator('.editor.original .char-delete').first().waitFor();
    await diff.locator('.editor.modified .char-insert').first().waitFor();
  };

  /**
   * Chooses an item of a row's context menu until what it opens shows: the Corpus view refreshes
   * as findings arrive, and a click on a menu re-rendered under the pointer is lost.
   */
  const chooseFromContextMenu = (row: Locator, item: string, opened: Locator) =>
    pollUntil(`${item} to open`, async () => {
      if (await opened.first().isVisible()) return true;
      const menuItem = workbench.page.locator('.context-view .action-label', { hasText: item });
      if (await menuItem.isVisible()) await menuItem.click({ timeout: 2_000 }).catch(() => undefined);
      else await row.click({ button: 'right', timeout: 2_000 }).catch(() => undefined);
      return undefined;
    }, 60_000);

  /** The editor in view shows a line with this text (it renders only the lines in sight). */
  const editorShows = (text: string) => workbench.page.locator('.editor-instance .view-line', { hasText: text }).first().waitFor();

  check('opens a rule’s documentation, shipped in the extension, from the light bulb', () => session, async () => {
    await workbench.openFile(NORWEGIAN);
    await workbench.goToLine(3);
    // On the declared language, which the finding marks.
    await workbench.page.keyboard.press('End');
    await workbench.applyCodeAction(/^Show documentation for language-mismatch/);
    await workbench.activeTab('rules.md').waitFor();
    await editorShows('## language-mismatch');
  });

  check('opens a rule’s documentation from its link in the Problems panel', () => session, async () => {
    await workbench.openFile(SHARING);
    await workbench.runCommand('Focus on Problems View');
    await workbench.filterProblems(SHARING);
    const row = workbench.problemsRows().filter({ hasText: 'corpus-duplicate' }).first();
    await row.locator('a.monaco-link', { hasText: 'corpus-duplicate' }).click();
    await workbench.activeTab('rules.md').waitFor();
    await editorShows('## corpus-duplicate');
    await workbench.screenshot(path.join(RESULTS_DIR, 'rule-docs.png'));
  });

  check('hovers a duplicate with its rule in one line, naming the twins with a link to compare', () => session, async () => {
    await workbench.openFile(SHARING);
    await workbench.goToLine(SHARED_LINE);
    await workbench.runCommand('Show or Focus Hover');
    const hover = workbench.page.locator('.monaco-hover:not(.hidden)').first();
    await hover.getByText('corpus-duplicate', { exact: true }).first().waitFor();
    await hover.getByText(/A passage found again in other seeds/).waitFor();
    await hover.locator('a', { hasText: 'Documentation' }).first().waitFor();
    assert.doesNotMatch(await hover.innerText(), /press conference held in the town hall/, 'the twin is not quoted over the passage');
    await workbench.screenshot(path.join(RESULTS_DIR, 'hover.png'));
    await hover.locator('a', { hasText: 'Compare' }).first().click();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: `${COPY}, line 7 ↔ ${SHARING}, line ${SHARED_LINE}` }).waitFor();
    await workbench.page.locator('.monaco-diff-editor').first().waitFor();
    // Its title names the seed too: closed, it cannot pass for the seed's own tab.
    await workbench.runCommand('View: Close Editor');
  });

  check('compares a near duplicate with its twin in the diff editor, the changed word marked', () => session, async () => {
    await workbench.openFile(SHARING);
    await workbench.goToLine(SHARED_LINE);
    await workbench.applyCodeAction(new RegExp(`^Compare with ${ORIGINAL.replace('.', '\\.')}, line ${SHARED_LINE}`));
    await workbench.page.locator('.tabs-container .tab.active', { hasText: `${ORIGINAL}, line ${SHARED_LINE} ↔ ${SHARING}, line ${SHARED_LINE}` }).waitFor();
    await diffMarks('buses', 'lorries');
    await workbench.screenshot(path.join(RESULTS_DIR, 'compare.png'));
    await workbench.runCommand('View: Close Editor');
  });

  check('titles a duplicate cluster by its article, keeps one seed and compares a copy with it from the context menu', () => session, async () => {
    await workbench.showView('Corpus');
    const rows = workbench.viewRows('Corpus');
    const clusters = rows.filter({ hasText: 'Duplicate clusters' }).filter({ hasText: '1 cluster' }).first();
    const cluster = rows.filter({ hasText: 'Harbour bridge closed after storm damage' }).filter({ hasText: `keep ${ORIGINAL}, 1 copy` }).first();
    // The view reloads as the counts settle, and a reload may fold the clusters again: unfold until the cluster shows.
    await pollUntil('the cluster row', async () => {
      if (await cluster.isVisible()) return true;
      if ((await clusters.isVisible()) && (await clusters.getAttribute('aria-expanded')) !== 'true') await clusters.click();
      return undefined;
    });
    if ((await cluster.getAttribute('aria-expanded')) !== 'true') await cluster.click();
    await rows.filter({ hasText: ORIGINAL }).filter({ hasText: /^(?![\s\S]*copy,)[\s\S]*keep/ }).first().waitFor();
    const copy = rows.filter({ hasText: COPY }).filter({ hasText: 'copy, ' }).first();
    await chooseFromContextMenu(copy, 'Compare with Seed to Keep', workbench.page.locator('.tabs-container .tab.active', { hasText: `${ORIGINAL} ↔ ${COPY}` }));
    await diffMarks('buses', 'lorries');
    await workbench.screenshot(path.join(RESULTS_DIR, 'corpus-clusters.png'));
  });

  check('offers every close relative when fixing a language: nb, nn and da', () => session, async () => {
    await workbench.openFile(NORWEGIAN);
    await workbench.goToLine(3);
    await workbench.page.keyboard.press('End');
    await workbench.openCodeActions('Set lang to nb');
    const rows = workbench.page.locator('.action-widget .monaco-list-row.action');
    for (const lang of ['nn', 'da']) await rows.filter({ hasText: `Set lang to ${lang}` }).first().waitFor();
    await workbench.screenshot(path.join(RESULTS_DIR, 'language-fix.png'));
    await workbench.page.keyboard.press('Escape');
  });

  check('sets date, language and title from the Seed Metadata view', () => session, async () => {
    const file = path.join(session!.workspace, NORWEGIAN);
    await workbench.openFile(NORWEGIAN);
    await workbench.showView('Seed Metadata');
    const rows = workbench.viewRows('Seed Metadata');
    await rows.filter({ hasText: 'Date: none' }).first().waitFor();
    // Clicking a candidate date inserts it (it no longer jumps to where it was found).
    await rows.filter({ hasText: '2021-03-04' }).filter({ hasText: '4. mars 2021' }).first().click();
    await editorShows('date: 2021-03-04');
    await rows.filter({ hasText: 'Date: 2021-03-04' }).first().waitFor();

    await rows.filter({ hasText: /^Language: en/ }).first().click();
    await rows.filter({ hasText: /^nb/ }).first().click();
    await editorShows('lang: nb');

    const title = rows.filter({ hasText: 'Title: Ferja til Nordvik' }).first();
    await title.hover();
    await title.locator('.action-label[aria-label="Edit"]').click();
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill('Ferja til Nordvik innstilles i tre uker');
    await workbench.page.keyboard.press('Enter');
    await editorShows('title: Ferja til Nordvik innstilles i tre uker');
    await workbench.screenshot(path.join(RESULTS_DIR, 'metadata-edit.png'));

    await workbench.activeTab(NORWEGIAN).click();
    await workbench.page.keyboard.press('Control+S');
    const saved = await pollUntil('the header edits on disk', async () => {
      const text = await fs.readFile(file, 'utf8');
      return text.includes('date: 2021-03-04') ? text : undefined;
    });
    assert.match(saved, /^---\ntitle: Ferja til Nordvik innstilles i tre uker\nlang: nb\ndate: 2021-03-04\n---\nFerjesambandet/);
  });

  check('goes to the next problem of the corpus, in the next seed past the last one here', () => session, async () => {
    await workbench.openFile(ORIGINAL);
    await workbench.goToLine(13);
    await workbench.runCommand('Seed Curator: Next Problem in Corpus');
    await workbench.activeTab(COPY).waitFor();
  });

  check('lists problems by rule and fixes one rule in every seed through the refactor preview', () => session, async () => {
    const file = path.join(session!.workspace, COPY);
    assert.doesNotMatch(await fs.readFile(file, 'utf8'), /lang:/);
    await workbench.showView('Corpus');
    const rows = workbench.viewRows('Corpus');
    const byRule = rows.filter({ hasText: 'Problems by rule' }).first();
    await byRule.waitFor();
    if ((await byRule.getAttribute('aria-expanded')) !== 'true') await byRule.click();
    const rule = rows.filter({ hasText: 'missing-language' }).filter({ hasText: '1 in 1 seed' }).first();
    const dialog = workbench.page.locator('.monaco-dialog-box');
    await chooseFromContextMenu(rule, 'Fix Rule in Whole Corpus', dialog);
    await dialog.getByText('Fix 1 missing-language finding in 1 seed?').waitFor();
    await dialog.getByRole('button', { name: 'Review in Preview' }).click();
    // The refactor preview lists each change unchecked, to be chosen.
    const change = workbench.page.locator('.part.panel .monaco-list-row', { hasText: COPY }).first();
    await change.waitFor();
    await workbench.page.locator('.part.panel .monaco-list-row', { hasText: 'lang: en' }).first().waitFor();
    await change.locator('input.edit-checkbox').check();
    await workbench.screenshot(path.join(RESULTS_DIR, 'corpus-fix.png'));
    await workbench.page.locator('.part.panel').getByRole('button', { name: 'Apply', exact: true }).click();
    await pollUntil('lang set on disk', async () => ((await fs.readFile(file, 'utf8')).includes('lang: en') ? true : undefined));
  });

  check('ships the rule docs and the README’s images in the extension, and the README opens with what it does and how to install it', () => session, async () => {
    const extensions = path.join(session!.root, 'extensions');
    const [installed] = (await fs.readdir(extensions)).filter((name) => name.startsWith('seed-curator.'));
    assert.ok(installed, 'the extension is installed');
    const folder = path.join(extensions, installed!);
    // vsce writes the README as readme.md.
    const readmeName = (await fs.readdir(folder)).find((name) => name.toLowerCase() === 'readme.md');
    const readme = await fs.readFile(path.join(folder, readmeName ?? 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?:images|docs|schemas)\/[^)#]+)/g)].map((match) => match[1]!);
    assert.ok(links.some((link) => link.startsWith('images/')), 'the README shows images');
    for (const link of new Set(links)) await fs.access(path.join(folder, link));
    const beforeFirstBlock = readme.slice(0, readme.indexOf('```'));
    assert.match(beforeFirstBlock, /Install/);
    assert.match(readme.slice(readme.indexOf('```')), /^```sh\nnpm ci && npm run check:examples/);
  });
});
