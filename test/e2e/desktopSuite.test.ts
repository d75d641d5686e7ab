import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from './harness/paths';
import { startSession, type Session } from './harness/session';

// test/electron/suite needs a desktop VS Code to run under @vscode/test-electron. The same suite
// runs here in code-server, whose workbench takes the extension under development and the tests
// to run from its `payload` URL parameter, so the suite is checked where no desktop VS Code is.

const SUITE = path.join(REPO_ROOT, 'out', 'test', 'electron', 'suite', 'index.js');
/** What the suite's run() prints last. */
const SUITE_END = /All \d+ checks passed|\d+ of \d+ checks failed/;

describe('the desktop test suite, run in code-server', { timeout: 300_000 }, () => {
  let session: Session | undefined;

  before(async () => {
    session = await startSession('corpus', { installPackagedExtension: false });
  });

  after(() => session?.close());

  it('passes with the extension under development', async () => {
    const { page, server } = session!;
    const messages: string[] = [];
    const end = new Promise<string>((resolve) =>
      page.on('console', (message) => {
        messages.push(message.text());
        const match = SUITE_END.exec(message.text());
        if (match) resolve(match[0]);
      }),
    );
    const remote = (file: string) => `vscode-remote://${new URL(server.url).host}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    await page.goto(`${server.url}&payload=${encodeURIComponent(payload)}`);
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no result within 240 s'), 240_000).unref());
    const outcome = await Promise.race([end, timeout]);
    assert.match(outcome, /passed/, messages.filter((text) => /✔|✘|Error/.test(text)).join('\n'));
  });
});
