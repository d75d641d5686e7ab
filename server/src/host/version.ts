import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The version in the package's package.json, found by walking up from this module: the bundle
 * (dist/) and the compiled sources (out/server/cli/) sit at different depths.
 */
export function packageVersion(from = __dirname): string {
  for (let folder = from; ; folder = path.dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'seed-curator' && manifest.version) return manifest.version;
    } catch {
      // No package.json here: keep climbing.
    }
    if (path.dirname(folder) === folder) return 'unknown';
  }
}
