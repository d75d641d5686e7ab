import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { Progress } from '../../server/src/cli/progress';
import type { ReportSink } from '../../server/src/cli/report';
import { runCheck } from '../../server/src/cli/runCheck';
import { resolveTargets } from '../../server/src/cli/targets';
import { findingOf, type Finding } from './findings';

/** What the metadata view shows of a seed, reduced to what a manifest can state. */
export interface CheckedMetadata {
  title?: string;
  date?: string;
  /** The declared language, else the detected one. */
  language?: string;
}

export interface CheckedSeed {
  /** Relative to the corpus root, with `/`. */
  path: string;
  /** Absolute file system path. */
  file: string;
  findings: Finding[];
  metadata: CheckedMetadata;
}

/**
 * Checks every seed of the corpus at `folder` through the CLI's own code path (`resolveTargets`
 * then `runCheck`), so that what is scored or sampled is what `seed-curator check` reports.
 * `now` pins "in the future" for date rules.
 */
export async function checkCorpusFolder(folder: string, now: Date, progress?: Progress): Promise<CheckedSeed[]> {
  const root = path.resolve(folder);
  const targets = await resolveTargets([root], root);
  // One folder is one corpus, whose root may lie above it (where its config is).
  const corpusFolder = targets[0]?.root.folder ?? root;
  const checked: CheckedSeed[] = [];
  const pathOf = (uri: string) => {
    const file = URI.parse(uri).fsPath;
    const relative = path.relative(corpusFolder, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? uri : relative.split(path.sep).join('/');
  };
  const sink: ReportSink = {
    seed: (seed) => {
      checked.push({
        path: seed.path,
        file: seed.file,
        findings: seed.findings.map((finding) => findingOf(finding, pathOf)),
        metadata: {
          title: seed.metadata.title?.text,
          date: seed.metadata.date?.value,
          language: seed.metadata.language.declared ?? seed.metadata.language.detected,
        },
      });
    },
  };
  await runCheck(targets, { fix: false, now, progress }, sink);
  return checked;
}
