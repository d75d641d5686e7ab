import type { Locator, Page } from 'playwright-core';
import { pollUntil } from './poll';

/** What a user does in VS Code, in the words of its UI: the palette, Quick Open, views. */
export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
    // The explorer lists the workspace once the remote file system is connected.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Runs a command from the Command Palette by (part of) its title. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens a workspace file with Quick Open and waits for its editor. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    // Enter opens the focused row: wait until the filtered list has put the file there, not a recent one.
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).waitFor();
    await this.page.keyboard.press('Enter');
    await this.activeTab(name).waitFor();
    await this.page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
  }

  activeTab(name: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: name });
  }

  /** Puts the cursor at the start of a line (1-based) with Go to Line. */
  async goToLine(line: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Focuses a side bar view with the command VS Code generates for it, and collapses the other
   * views of its container so that it has the room to show all its rows (lists render only
   * the rows in sight).
   */
  async showView(viewTitle: string): Promise<void> {
    await this.runCommand(`Focus on ${viewTitle} View`);
    const otherExpandedHeaders = this.page
      .locator('.part.sidebar .pane-header[aria-expanded="true"]')
      .filter({ hasNotText: new RegExp(`^\\s*${viewTitle}`, 'i') });
    while ((await otherExpandedHeaders.count()) > 0) await otherExpandedHeaders.first().click();
  }

  /** The rows of a view in the side bar or panel, found by its title. */
  viewRows(viewTitle: string): Locator {
    return this.page.locator(`.pane:has(.pane-header:has-text("${viewTitle}")) .monaco-list-row`);
  }

  /** Types into the Problems panel's filter box (text, or a glob of files). */
  async filterProblems(filter: string): Promise<void> {
    const input = this.page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
    await input.fill(filter);
  }

  problemsRows(): Locator {
    return this.page.locator('.markers-panel .monaco-list-row');
  }

  /**
   * Opens the light bulb's actions (Ctrl+.) at the cursor and applies the first whose title
   * matches, choosing it with the arrow keys and Enter as a keyboard user does.
   */
  async applyCodeAction(title: RegExp, screenshot?: string): Promise<void> {
    await this.openCodeActions(title);
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    if (screenshot) await this.screenshot(screenshot);
    const labels = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    const target = labels.findIndex((label) => title.test(label));
    const focused = await rows.evaluateAll((elements) => elements.findIndex((element) => element.classList.contains('focused')));
    const key = target > focused ? 'ArrowDown' : 'ArrowUp';
    for (let step = 0; step < Math.abs(target - Math.max(focused, 0)); step++) await this.page.keyboard.press(key);
    await rows.nth(target).and(this.page.locator('.focused')).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Opens the light bulb's actions (Ctrl+.) at the cursor, again until they list one with this
   * title: a seed just opened gets its findings, and so its actions, a moment later.
   */
  async openCodeActions(title: string | RegExp): Promise<void> {
    await pollUntil(`a code action ${title}`, async () => {
      await this.page.keyboard.press('Control+.');
      const row = this.page.locator('.action-widget .monaco-list-row.action').filter({ hasText: title }).first();
      if (await row.waitFor({ timeout: 2_000 }).then(() => true, () => false)) return true;
      await this.page.keyboard.press('Escape');
      await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
      return undefined;
    }, 60_000);
  }

  async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: file });
  }
}
