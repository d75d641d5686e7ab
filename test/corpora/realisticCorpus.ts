import * as path from 'node:path';
import { checkCorpusFolder } from './checkFolder';
import { readManifest } from './manifest';
import { scoreCorpus, type Score } from './scoreFindings';

/** The hand-written corpus of test/fixtures/realistic (from out/test/corpora, where this runs). */
export const REALISTIC_CORPUS = path.resolve(__dirname, '../../../test/fixtures/realistic');

/** A scored corpus keeps its expected findings in this file at its root. */
export const MANIFEST_FILE = 'expected.json';

/** Checks a corpus that carries a manifest, at the manifest's `now`, and scores its findings. */
export async function scoreFolder(folder: string): Promise<Score> {
  const manifest = readManifest(path.join(folder, MANIFEST_FILE));
  return scoreCorpus(manifest, await checkCorpusFolder(folder, manifest.now));
}
