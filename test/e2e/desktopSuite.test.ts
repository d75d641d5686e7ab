import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './harness/browser';
import { startCodeServer, type CodeServer } from './harness/codeServer';
import { REPO_ROOT } from './harness/paths';

// test/electron/suite needs a desktop VS Code to run under @vscode/test-electron. The same suite
// runs here in code-server, whose workbench takes the extension under development and the tests
// to run from its `payload` URL parameter, so the suite is checked where no desktop VS Code is.

const SUITE = path.join(REPO_ROOT, 'out', 'test', 'electron', 'suite', 'index.js');
/** What the suite's run() prints last. */
const SUITE_END = /All \d+ checks passed|\d+ of \d+ checks failed/;

describe('the desktop test suite, run in code-server', { timeout: 300_000 }, () => {
  let root: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'seed-suite-'));
    const workspace = path.join(root, 'corpus');
    await fs.cp(path.join(REPO_ROOT, 'test', 'workspaces', 'corpus'), workspace, { recursive: true });
    server = await startCodeServer({ root, workspace });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await fs.rm(root, { recursive: true, force: true });
  });

  it('passes with the extension under development', async () => {
    const page = await openPage(browser!);
    const messages: string[] = [];
    const end = new Promise<string>((resolve) =>
      page.on('console', (message) => {
        messages.push(message.text());
        const match = SUITE_END.exec(message.text());
        if (match) resolve(match[0]);
      }),
    );
    const remote = (file: string) => `vscode-remote://${new URL(server!.url).host}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    await page.goto(`${server!.url}&payload=${encodeURIComponent(payload)}`);
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no result within 240 s'), 240_000).unref());
    const outcome = await Promise.race([end, timeout]);
    assert.match(outcome, /passed/, messages.filter((text) => /✔|✘|Error/.test(text)).join('\n'));
  });
});
