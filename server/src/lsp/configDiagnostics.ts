import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusRoot } from '../engine/corpus/corpus';
import { SOURCE } from '../protocol/protocol';

/** A broken `.seedcurator.json`, reported on the config file itself; the defaults hold meanwhile. */
export function configDiagnostics(root: CorpusRoot, configText: string): Diagnostic[] {
  const document = TextDocument.create('config', 'json', 0, configText);
  return root.configProblems.map((problem) => {
    const start = document.positionAt(problem.offset);
    return {
      // To the end of the line: a problem's offset is where its key or the JSON error is.
      range: { start, end: document.positionAt(document.offsetAt({ line: start.line, character: Number.MAX_SAFE_INTEGER })) },
      severity: DiagnosticSeverity.Error,
      code: 'config',
      source: SOURCE,
      message: `${problem.message} The defaults hold for it.`,
    };
  });
}
