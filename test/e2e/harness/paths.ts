import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root, from out/test/e2e/harness. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Where test/e2e/install-code-server.sh put code-server. */
export const E2E_TOOLS_DIR = process.env.SEED_E2E_DIR ?? path.join(os.homedir(), '.cache', 'seed-e2e');

export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');
