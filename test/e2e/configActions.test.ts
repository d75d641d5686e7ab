import assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { after, before, describe } from 'node:test';
import { RESULTS_DIR } from './harness/paths';
import { pollUntil } from './harness/poll';
import { check, startSession, type Session } from './harness/session';
import { Workbench } from './harness/workbench';

// Teaching the corpus's config from a finding (test/workspaces/corpus): the change is saved to
// .seedcurator.json, and the findings follow without a restart of the server or a new index.

const UNDATED_SEED = 'hurtigbaat-uten-dato.txt';

describe('Seed Curator: turning a rule off from a finding', { timeout: 600_000 }, () => {
  let session: Session | undefined;
  let workbench: Workbench;

  before(async () => {
    session = await startSession('corpus', { installPackagedExtension: true });
    workbench = new Workbench(session.page);
    await workbench.open(session.server.url);
  });

  after(() => session?.close());

  check('"Turn off missing-date for this corpus" saves the config and the findings go at once', () => session, async () => {
    const configFile = path.join(session!.workspace, '.seedcurator.json');
    await workbench.openFile(UNDATED_SEED);
    await workbench.runCommand('Focus on Problems View');
    const missingDate = workbench.problemsRows().filter({ hasText: 'missing-date' });
    await missingDate.first().waitFor();
    // The finding stands at the top of the seed.
    await workbench.openFile(UNDATED_SEED);
    await workbench.goToLine(1);
    await workbench.applyCodeAction(/^Turn off missing-date for this corpus/, path.join(RESULTS_DIR, 'turn-off-rule.png'));
    const config = await pollUntil('the rule off in .seedcurator.json on disk', async () => {
      const written = JSON.parse(await fs.readFile(configFile, 'utf8')) as { rules?: Record<string, string>; languages?: string[] };
      return written.rules?.['missing-date'] === 'off' ? written : undefined;
    });
    assert.deepEqual(config.languages, ['nb', 'nn', 'da', 'en'], 'the rest of the config is kept');
    await missingDate.first().waitFor({ state: 'detached' });
    // Other findings stay: the corpus was not dropped and re-indexed from nothing.
    await workbench.problemsRows().filter({ hasText: 'duplicate-passage' }).first().waitFor();
    // Saved, not left as an unsaved editor.
    assert.equal(await session!.page.locator('.tabs-container .tab.dirty').count(), 0);
    await workbench.screenshot(path.join(RESULTS_DIR, 'rule-turned-off.png'));
  });
});
