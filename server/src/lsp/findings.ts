import { shippedRuleDocs } from './shippedRuleDocs';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { diagnosticPastBom } from './bomColumn';
import { toDiagnostic } from '../edge/diagnostics';

export interface Findings {
  /** What the client is sent. */
  diagnostics: Diagnostic[];
  /** The engine's findings behind them, for code actions and hovers; absent for files that are not seeds (config) or not readable. */
  seedFindings?: SeedFinding[];
  /** The open document's version they were computed from; absent for files on disk. */
  version?: number;
  /** The open document starts with a BOM, which the engine's positions leave out. */
  bomInDocument?: boolean;
  /** Changes whenever the findings are replaced, for pull clients' `previousResultId`. */
  resultId: string;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** The latest findings of every checked file (seeds and config files), whichever way they reach the client. */
export class FindingsStore {
  private readonly byUri = new Map<string, Findings>();
  /** Files whose findings went since the last workspace pull (see `takeCleared`). */
  private readonly cleared = new Set<string>();
  private nextResultId = 1;

  set(uri: string, diagnostics: Diagnostic[], version?: number): void {
    this.cleared.delete(uri);
    this.byUri.set(uri, { diagnostics, version, resultId: String(this.nextResultId++) });
  }

  /**
   * A seed's findings, and the diagnostics made from them once, here. `bomInDocument`: the open
   * document holds the BOM the engine set aside, so the client's line 0 is one column longer.
   */
  setSeed(uri: string, seedFindings: SeedFinding[], version?: number, bomInDocument = false): void {
    const diagnostics = seedFindings.map((finding, position) => {
      const diagnostic = toDiagnostic(finding, position, shippedRuleDocs());
      return bomInDocument ? diagnosticPastBom(diagnostic, uri) : diagnostic;
    });
    this.cleared.delete(uri);
    this.byUri.set(uri, { diagnostics, seedFindings, version, bomInDocument, resultId: String(this.nextResultId++) });
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
    for (const { diagnostics } of this.byUri.values()) {
      for (const diagnostic of diagnostics) {
        if (diagnostic.severity === DiagnosticSeverity.Error) counts.error++;
        else if (diagnostic.severity === DiagnosticSeverity.Warning) counts.warning++;
        else counts.info++;
      }
    }
    return counts;
  }
}
