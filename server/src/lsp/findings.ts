import { shippedRuleDocs } from './shippedRuleDocs';
import type { Diagnostic } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { diagnosticPastBom } from './bomColumn';
import { toDiagnostic } from '../edge/diagnostics';
import { contentHash } from '../host/analysisCache';
import { plainDataOf } from '../host/plainData';
import { ShownFindings, type SeverityCounts } from './shownFindings';

export type { SeverityCounts } from './shownFindings';

export interface Findings {
  /** What the client is sent, read back from `shown` on each use (a copy the caller may keep). */
  readonly diagnostics: Diagnostic[];
  /** The diagnostics as their JSON, which is how the store keeps them: a message carries it as it is (see rawJson). */
  readonly shown: ShownFindings;
  /** The engine's findings behind them, for code actions and hovers; absent for files that are not seeds (config) or not readable. */
  readonly seedFindings?: SeedFinding[];
  /** Whether they are a seed's findings (`seedFindings` is then present, and may take reading). */
  readonly ofSeed: boolean;
  /** The open document's version they were computed from; absent for files on disk. */
  readonly version?: number;
  /** The open document starts with a BOM, which the engine's positions leave out. */
  readonly bomInDocument?: boolean;
  /** Changes whenever the findings are replaced, for pull clients' `previousResultId`. */
  readonly resultId: string;
}

/**
 * One file's findings as the store keeps them: the diagnostics as JSON (the cache's bytes, after a
 * warm start), and the engine's findings as objects or as JSON read when asked. 20,000 seeds hold
 * 120 MB of diagnostics: kept as objects, twice over with the findings, they were most of the
 * server's heap, and a warm start parsed and serialised them all again to publish them.
 */
class KeptFindings implements Findings {
  constructor(
    readonly shown: ShownFindings,
    private readonly seedFindingsOf: (() => SeedFinding[]) | undefined,
    readonly resultId: string,
    readonly version?: number,
    readonly bomInDocument?: boolean,
  ) {}

  get diagnostics(): Diagnostic[] {
    return this.shown.diagnostics();
  }

  get seedFindings(): SeedFinding[] | undefined {
    return this.seedFindingsOf?.();
  }

  get ofSeed(): boolean {
    return this.seedFindingsOf !== undefined;
  }
}

/** The latest findings of every checked file (seeds and config files), whichever way they reach the client. */
export class FindingsStore {
  private readonly byUri = new Map<string, KeptFindings>();
  /** Files whose findings went since the last workspace pull (see `takeCleared`). */
  private readonly cleared = new Set<string>();
  private nextResultId = 1;

  set(uri: string, diagnostics: Diagnostic[], version?: number): void {
    this.keep(uri, new KeptFindings(ShownFindings.of(diagnostics), undefined, this.newResultId(), version));
  }

  /**
   * A seed's findings, and the diagnostics made from them once, here. `bomInDocument`: the open
   * document holds the BOM the engine set aside, so the client's line 0 is one column longer.
   */
  setSeed(uri: string, seedFindings: SeedFinding[], version?: number, bomInDocument = false): void {
    this.keep(uri, new KeptFindings(shownSeedFindings(seedFindings, uri, bomInDocument), () => seedFindings, this.newResultId(), version, bomInDocument));
  }

  /**
   * A closed seed's findings as `shownSeedFindings` made them, and the engine's findings as the
   * cache keeps them (`findingsBytes`), read when asked: after a warm start.
   */
  setShown(uri: string, shown: ShownFindings, findingsBytes: Uint8Array): void {
    this.keep(uri, new KeptFindings(shown, readFindings(findingsBytes), this.newResultId()));
  }

  /**
   * A closed seed's findings as a check on a worker thread or the cache gave them: the diagnostics
   * made once, handed to `keep` (the cache, to keep beside the findings), and stored as the copy it
   * returns, if any; the findings read from `findingsBytes` when asked, if given, else kept.
   */
  setClosedSeed(uri: string, seedFindings: SeedFinding[], findingsBytes?: Uint8Array, keep?: (shown: Uint8Array) => Uint8Array | undefined): void {
    const made = shownSeedFindings(seedFindings, uri);
    const kept = keep?.(made.bytes);
    this.keep(uri, new KeptFindings((kept && ShownFindings.fromBytes(kept)) ?? made, findingsBytes ? readFindings(findingsBytes) : keptFindings(seedFindings), this.newResultId()));
  }

  private keep(uri: string, findings: KeptFindings): void {
    this.cleared.delete(uri);
    this.byUri.set(uri, findings);
  }

  private newResultId(): string {
    return String(this.nextResultId++);
  }

  delete(uri: string): boolean {
    if (!this.byUri.delete(uri)) return false;
    this.cleared.add(uri);
    return true;
  }

  /**
   * The files whose findings went since the last call. A pulling client may hold findings of a
   * file it no longer names in a workspace pull (it forgets a closed document's result id, and
   * a seed deleted in the editor is closed as it is forgotten): these get an empty report once.
   */
  takeCleared(): string[] {
    const uris = [...this.cleared];
    this.cleared.clear();
    return uris;
  }

  get(uri: string): Findings | undefined {
    return this.byUri.get(uri);
  }

  entries(): IterableIterator<[string, Findings]> {
    return this.byUri.entries();
  }

  counts(): SeverityCounts {
    const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
    for (const { shown } of this.byUri.values()) {
      counts.error += shown.counts.error;
      counts.warning += shown.counts.warning;
      counts.info += shown.counts.info;
    }
    return counts;
  }
}

/** A seed's findings as the client is shown them: diagnostics that link to the docs shipped with the server. */
export function shownSeedFindings(seedFindings: readonly SeedFinding[], uri: string, bomInDocument = false): ShownFindings {
  const diagnostics = seedFindings.map((finding, position) => {
    const diagnostic = toDiagnostic(finding, position, shippedRuleDocs());
    return bomInDocument ? diagnosticPastBom(diagnostic, uri) : diagnostic;
  });
  return ShownFindings.of(diagnostics);
}

/**
 * A seed's findings read from their bytes when asked. Made here, apart: a closure made beside an
 * outcome would keep all it holds (findings and metadata as objects) alive with the bytes.
 */
function readFindings(bytes: Uint8Array): () => SeedFinding[] {
  return () => plainDataOf<SeedFinding[]>(bytes);
}

function keptFindings(findings: SeedFinding[]): () => SeedFinding[] {
  return () => findings;
}

let shownForm: string | undefined;

/**
 * The form of `shownSeedFindings` in a cache (see CachedSeedWork.keepShown): its links name the
 * docs where this server runs, and a cache may outlive an install or be shared with another.
 */
export function shownFindingsForm(): string {
  shownForm ??= `lsp-${contentHash(shippedRuleDocs().base).slice(0, 16)}`;
  return shownForm;
}
