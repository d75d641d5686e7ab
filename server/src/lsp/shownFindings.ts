import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { plainDataOf } from '../host/plainData';

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** Three counts (u32, little-endian) before the JSON. */
const HEADER = 12;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * A file's diagnostics as the client is sent them, in JSON, with how many there are of each
 * severity: how the store keeps them, how the server's cache keeps a seed's (see RecordedStart),
 * and what a message carries as it is (see rawJson). One buffer: the counts, then the JSON.
 */
export class ShownFindings {
  private constructor(
    /** The counts and the JSON, as the cache keeps them. */
    readonly bytes: Uint8Array,
    readonly counts: SeverityCounts,
  ) {}

  static of(diagnostics: readonly Diagnostic[]): ShownFindings {
    const json = JSON.stringify(diagnostics);
    const bytes = Buffer.allocUnsafe(HEADER + Buffer.byteLength(json));
    const counts = severityCounts(diagnostics);
    bytes.writeUInt32LE(counts.error, 0);
    bytes.writeUInt32LE(counts.warning, 4);
    bytes.writeUInt32LE(counts.info, 8);
    bytes.write(json, HEADER);
    return new ShownFindings(bytes, counts);
  }

  /** What `bytes` held; undefined for bytes that cannot be such (too short, not a JSON array). */
  static fromBytes(bytes: Uint8Array): ShownFindings | undefined {
    if (bytes.length < HEADER + 2 || bytes[HEADER] !== OPEN_BRACKET || bytes[bytes.length - 1] !== CLOSE_BRACKET) return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER);
    return new ShownFindings(bytes, { error: view.getUint32(0, true), warning: view.getUint32(4, true), info: view.getUint32(8, true) });
  }

  /** The diagnostics' JSON (UTF-8). */
  get json(): Uint8Array {
    return this.bytes.subarray(HEADER);
  }

  /** The diagnostics, read anew on each call. */
  diagnostics(): Diagnostic[] {
    return plainDataOf<Diagnostic[]>(this.json);
  }
}

function severityCounts(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === DiagnosticSeverity.Error) counts.error++;
    else if (diagnostic.severity === DiagnosticSeverity.Warning) counts.warning++;
    else counts.info++;
  }
  return counts;
}
