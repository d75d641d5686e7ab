import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { detailsOf, type SeedFinding } from '../engine/findings';
import { ServerCommands, type ConfigChange, type EditConfigArgs } from '../protocol/protocol';

/** Where a seed stands in its corpus: what the config actions need to name it. */
export interface SeedPlace {
  /** The corpus's `.seedcurator.json`; without one there is nothing to record a choice in. */
  configUri?: string;
  /** Relative to the corpus root, with `/`. */
  path: string;
}

/**
 * The actions that teach the corpus's config rather than change the seed, after the finding's own
 * fixes: turn the rule off for the corpus, ignore it in this seed, and for a boilerplate line,
 * "not boilerplate" or "add to boilerplate phrases". Each runs `seedCurator.editConfig`.
 */
export function configActions(finding: SeedFinding, diagnostic: Diagnostic, place: SeedPlace | undefined): CodeAction[] {
  const configUri = place?.configUri;
  if (!configUri) return [];
  const action = (title: string, change: ConfigChange): CodeAction => {
    const args: EditConfigArgs = { configUri, change };
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: ServerCommands.editConfig, arguments: [args] } };
  };
  const actions: CodeAction[] = [];
  const line = detailsOf(finding, 'boilerplate')?.line;
  if (line !== undefined) {
    const quoted = `"${line.length > 40 ? `${line.slice(0, 40)}…` : line}"`;
    actions.push(action(`Not boilerplate: keep ${quoted} in every seed`, { kind: 'boilerplate-keep', line }));
    if (!detailsOf(finding, 'boilerplate')?.byPhrase) actions.push(action(`Add ${quoted} to the boilerplate phrases`, { kind: 'boilerplate-phrase', line }));
  }
  actions.push(action(`Ignore ${finding.rule} in this seed`, { kind: 'ignore', rule: finding.rule, path: place.path }));
  actions.push(action(`Turn off ${finding.rule} for this corpus`, { kind: 'rule-off', rule: finding.rule }));
  return actions;
}
