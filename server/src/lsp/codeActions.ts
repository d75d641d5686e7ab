import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { detailsOf, type LocatedEdit, type LocatedFix, type SeedFinding } from '../engine/findings';
import { safeFixes } from '../engine/fixes';
import { ClientCommands, ServerCommands, SOURCE, type DuplicatesParams, type EditConfigArgs, type FixCorpusArgs } from '../protocol/protocol';
import { pastBom } from './bomColumn';
import { preferUnderCursor, underCursorFirst } from './codeActionOrder';
import { configActions, type SeedPlace } from './configActions';
import { deleteSeedAction } from './deleteSeedAction';
import type { DiagnosticData } from '../edge/diagnostics';
import { findingActions, type FindingActionOptions } from './findingActions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.seed-curator`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** A seed's current findings and the diagnostics the client was sent for them, position by position. */
export interface DocumentFindings {
  /** The text they were found in, without a BOM. */
  text: string;
  /** The client's document holds the BOM: its line 0 is one column longer than the engine's. */
  bomInDocument: boolean;
  seedFindings: readonly SeedFinding[];
  diagnostics: readonly Diagnostic[];
  /** The seed's corpus, for the actions that change its config or fix it as a whole. */
  corpus?: SeedPlace & { rootUri: string };
}

export interface CodeActionOptions {
  /** The client confirms seed deletes itself (see `deleteSeedAction`). */
  clientConfirmsDeletes?: boolean;
  /** The documentation and comparison actions offered beside a finding's fixes; none without. */
  extras?: FindingActionOptions;
}

/**
 * Quick fixes for the diagnostics the client sends back, built from the findings behind them; and
 * fix-all with the safe fixes of every finding in the document, not only those in range.
 */
export function codeActions(params: CodeActionParams, document: DocumentFindings | undefined, options: CodeActionOptions = {}): CodeAction[] {
  if (!document) return [];
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  if (wanted(params.context.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of underCursorFirst(params.context.diagnostics, params.range)) {
      const finding = findingOf(document, diagnostic);
      if (!finding) continue;
      actions.push(...finding.fixes.map((fix) => quickFix(uri, fix, finding, diagnostic, document, options)));
      const twins = detailsOf(finding, 'corpus-duplicate');
      if (twins && twins.count > twins.twins.length) {
        const args: DuplicatesParams = { uri, position: finding.range.start };
        actions.push({ title: `Show all ${twins.count} places of this passage`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: command('Show all places', ClientCommands.showAllPlaces, args) });
      }
      actions.push(...configActions(finding, diagnostic, document.corpus));
      if (options.extras) actions.push(...findingActions(uri, finding, diagnostic, options.extras));
    }
  }
  preferUnderCursor(actions);
  if (wanted(params.context.only, FIX_ALL_KIND)) {
    const { edits } = safeFixes(document.text, document.seedFindings);
    if (edits.length > 0) actions.push({ title: 'Fix all safe Seed Curator problems', kind: FIX_ALL_KIND, edit: textEdit(uri, edits, document.bomInDocument) });
  }
  return actions;
}

/** The finding a diagnostic was made from: by the position its data names, checked against code and range. */
function findingOf(document: DocumentFindings, diagnostic: Diagnostic): SeedFinding | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const position = (diagnostic.data as Partial<DiagnosticData> | undefined)?.finding;
  if (typeof position !== 'number') return undefined;
  const same = (sent: Diagnostic | undefined) => sent !== undefined && sent.code === diagnostic.code && sameRange(sent, diagnostic);
  if (same(document.diagnostics[position])) return document.seedFindings[position];
  // Made before the seed was checked again (just opened, a neighbour changed): the same finding may stand elsewhere in the list.
  const moved = document.diagnostics.findIndex((sent) => same(sent) && sent.message === diagnostic.message);
  return moved >= 0 ? document.seedFindings[moved] : undefined;
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

function quickFix(uri: string, fix: LocatedFix, finding: SeedFinding, diagnostic: Diagnostic, { bomInDocument, corpus }: DocumentFindings, options: CodeActionOptions): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (fix.preferred) action.isPreferred = true;
  switch (fix.kind) {
    case 'edit':
      action.edit = textEdit(uri, fix.edits, bomInDocument);
      break;
    case 'delete-seed':
      Object.assign(action, deleteSeedAction(uri, finding, options.clientConfirmsDeletes ?? false));
      break;
    case 'open-location':
      action.command = command(fix.title, ServerCommands.openLocation, fix.target);
      break;
    case 'accept-duplicate': {
      const args: EditConfigArgs = { configUri: fix.configUri, change: { kind: 'accept-duplicate', entry: fix.entry } };
      action.command = command('Accept duplicate', ServerCommands.editConfig, args);
      break;
    }
    case 'corpus-fix': {
      const args: FixCorpusArgs = { rootUri: corpus?.rootUri ?? uri, intent: fix.intent, rule: finding.rule };
      action.command = command(fix.title, ClientCommands.fixCorpus, args);
      break;
    }
  }
  return action;
}

function textEdit(uri: string, edits: readonly LocatedEdit[], bomInDocument: boolean): WorkspaceEdit {
  return { changes: { [uri]: edits.map(({ range, newText }): TextEdit => ({ range: bomInDocument ? pastBom(range) : range, newText })) } };
}

function command(title: string, name: string, argument: unknown): Command {
  return { title, command: name, arguments: [argument] };
}

/** A kind is wanted when the client asks for no kind in particular, or for it or a parent of it. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
