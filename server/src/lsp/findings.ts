import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { toDiagnostic } from './diagnostics';

export interface Findings {
  /** What the client is sent. */
  diagnostics: Diagnostic[];
  /** The engine's findings behind them, for code actions and hovers; absent for files that are not seeds (config) or not readable. */
  seedFindings?: SeedFinding[];
  /** The open document's version they were computed from; absent for files on disk. */
  version?: number;
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
  private nextResultId = 1;

  set(uri: string, diagnostics: Diagnostic[], version?: number): void {
    this.byUri.set(uri, { diagnostics, version, resultId: String(this.nextResultId++) });
  }

  /** A seed's findings, and the diagnostics made from them once, here. */
  setSeed(uri: string, seedFindings: SeedFinding[], version?: number): void {
    const diagnostics = seedFindings.map((finding, position) => toDiagnostic(finding, position));
    this.byUri.set(uri, { diagnostics, seedFindings, version, resultId: String(this.nextResultId++) });
  }

  delete(uri: string): boolean {
    return this.byUri.delete(uri);
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
