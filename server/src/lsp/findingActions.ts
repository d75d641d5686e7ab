import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { SeedFinding } from '../engine/findings';
import { ClientCommands, ServerCommands, type CompareArgs } from '../protocol/protocol';
import { otherPlaces, ownPlace, placeName } from './otherPlaces';
import type { RuleDocs } from '../edge/ruleDocs';

/** Places of a duplicate offered for comparison; the hover and "Show all places" reach the rest. */
const MAX_COMPARED = 3;

/** What a finding offers besides its fixes: a diff with each twin (when the client can show one) and the rule's documentation. */
export interface FindingActionOptions {
  docs: RuleDocs;
  /** The client runs ClientCommands.compare. */
  compare: boolean;
}

/** "Compare with <other place>" for each of the first twins of a duplicate. */
export function compareActions(uri: string, finding: SeedFinding, diagnostic: Diagnostic): CodeAction[] {
  const own = ownPlace(uri, finding);
  return otherPlaces(uri, finding)
    .slice(0, MAX_COMPARED)
    .map((other) => {
      const args: CompareArgs = { left: other, right: own };
      const title = `Compare with ${placeName(other)}`;
      return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ClientCommands.compare, arguments: [args] } };
    });
}

/** "Show documentation for <rule>": opens the shipped docs at the rule's heading. */
export function documentationAction(docs: RuleDocs, finding: SeedFinding, diagnostic: Diagnostic): CodeAction | undefined {
  const location = docs.location(finding.rule);
  if (!location) return undefined;
  const title = `Show documentation for ${finding.rule}`;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ServerCommands.openLocation, arguments: [location] } };
}

/** The extra actions of one finding, after its fixes. */
export function findingActions(uri: string, finding: SeedFinding, diagnostic: Diagnostic, options: FindingActionOptions): CodeAction[] {
  const documentation = documentationAction(options.docs, finding, diagnostic);
  return [...(options.compare ? compareActions(uri, finding, diagnostic) : []), ...(documentation ? [documentation] : [])];
}
