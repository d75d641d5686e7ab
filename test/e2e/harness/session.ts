import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { installExtension, startCodeServer, type CodeServer } from './codeServer';
import { extensionLogs } from './diagnosis';
import { REPO_ROOT, RESULTS_DIR } from './paths';

export interface Session {
  /** Temporary folder holding the workspace, user data and extensions. */
  root: string;
  workspace: string;
  server: CodeServer;
  page: Page;
  close(): Promise<void>;
}

export function vsixPath(): string {
  const { name, version } = require(path.join(REPO_ROOT, 'package.json')) as { name: string; version: string };
  return path.join(REPO_ROOT, `${name}-${version}.vsix`);
}

/**
 * code-server on a fresh copy of test/workspaces/<workspaceName> (with the packaged extension
 * installed when asked) and a Chromium page. Whatever fails on the way, what was started is
 * stopped; call close() in `after`, which runs even when checks fail.
 */
export async function startSession(workspaceName: string, options: { installPackagedExtension: boolean }): Promise<Session> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), `seed-e2e-${workspaceName}-`));
  const workspace = path.join(root, workspaceName);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.stop();
    if (process.env.SEED_E2E_KEEP) console.log(`Kept ${root}`);
    else await fs.rm(root, { recursive: true, force: true });
  };
  try {
    await fs.cp(path.join(REPO_ROOT, 'test', 'workspaces', workspaceName), workspace, { recursive: true });
    await fs.mkdir(RESULTS_DIR, { recursive: true });
    if (options.installPackagedExtension) await installExtension(vsixPath(), root);
    server = await startCodeServer({ root, workspace });
    browser = await launchBrowser();
    const page = await openPage(browser);
    page.setDefaultTimeout(60_000);
    return { root, workspace, server, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * A test that, when it fails, keeps a screenshot (test-results/e2e/failed-<name>.png) and prints
 * the extension's log; when it passes, it removes the screenshot of an earlier failure.
 */
export function check(name: string, session: () => Session | undefined, body: () => Promise<void>): void {
  const screenshot = path.join(RESULTS_DIR, `failed-${name.replace(/\W+/g, '-')}.png`);
  it(name, async () => {
    try {
      await body();
      await fs.rm(screenshot, { force: true });
    } catch (error) {
      const current = session();
      if (current) {
        await current.page.screenshot({ path: screenshot }).catch(() => undefined);
        console.error(await extensionLogs(path.join(current.root, 'user-data')));
      }
      throw error;
    }
  });
}
