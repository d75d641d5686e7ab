import * as vscode from 'vscode';
import type { Diagnostic } from 'vscode-languageserver-types';
import { MetadataRequest, type SeedMetadata } from '../../../server/src/protocol/protocol';
import type { SeedCuratorContext } from '../context';
import { fileStart, openLocationCommand, toCodeLocation } from '../location';
import { NodeTreeProvider, countLabel, percent, type TreeNode } from './treeNodes';
import { EDITABLE_FIELD_CONTEXT, FOUND_CANDIDATE_CONTEXT, setHeaderFieldCommand, type HeaderFieldArgs } from './headerFieldEdits';

const METADATA_VIEW_ID = 'seedCurator.metadata';

/** Header keys with a row of their own; the others are listed under "Other header fields". */
const SHOWN_KEYS = new Set(['title', 'date', 'lang', 'source', 'url', 'author']);

/** Coalesces the bursts of diagnostics that one edit or one corpus pass publishes. */
const REFRESH_DELAY_MS = 250;

/** The Seed Metadata view: what the server knows about the seed in the active editor. */
export function createMetadataView(ctx: SeedCuratorContext): { provider: NodeTreeProvider; disposable: vscode.Disposable } {
  const provider = new NodeTreeProvider(() => loadMetadata(ctx));
  const view = vscode.window.createTreeView(METADATA_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  let pending: NodeJS.Timeout | undefined;
  const refreshSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => provider.refresh(), REFRESH_DELAY_MS);
  };
  const isActiveDocument = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  return {
    provider,
    disposable: vscode.Disposable.from(
      view,
      provider,
      { dispose: () => clearTimeout(pending) },
      vscode.window.onDidChangeActiveTextEditor(() => provider.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => event.uris.some(isActiveDocument) && refreshSoon()),
      ctx.onDidChangeClient(() => provider.refresh()),
      ctx.onDidChangeIndexState((state) => state.state === 'ready' && refreshSoon()),
    ),
  };
}

async function loadMetadata(ctx: SeedCuratorContext): Promise<TreeNode[]> {
  const document = vscode.window.activeTextEditor?.document;
  const client = ctx.client;
  if (!document || document.uri.scheme !== 'file' || !client?.isRunning()) return [];
  try {
    const metadata = await client.sendRequest(MetadataRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) });
    return metadata ? metadataNodes(metadata) : [];
  } catch (error) {
    ctx.output.error(`Seed metadata for ${document.uri.fsPath}: ${String(error)}`);
    return [];
  }
}

function metadataNodes(metadata: SeedMetadata): TreeNode[] {
  const optional = [
    metadata.source && field('source', 'Source', metadata.source, 'book'),
    metadata.url && { ...field('url', 'URL', metadata.url, 'link'), ...(metadata.link && { command: { command: 'vscode.open', title: 'Open URL', arguments: [vscode.Uri.parse(metadata.link)] } }) },
    metadata.author && field('author', 'Author', metadata.author, 'person'),
    otherFieldsNode(metadata),
  ].filter((node): node is TreeNode => Boolean(node));
  return [
    titleNode(metadata),
    dateNode(metadata),
    languageNode(metadata),
    ...optional,
    {
      id: 'size',
      label: `${countLabel(metadata.words, 'word', 'words')}, ${countLabel(metadata.paragraphs, 'paragraph', 'paragraphs')}`,
      icon: new vscode.ThemeIcon('symbol-number'),
    },
    duplicatesNode(metadata),
    problemsNode(metadata),
  ];
}

function field(id: string, name: string, value: string, icon: string): TreeNode {
  return { id, label: `${name}: ${value}`, tooltip: value, icon: new vscode.ThemeIcon(icon) };
}

/** The row of a header key a curator may set: its inline button asks for a new value. */
function editable(uri: string, key: HeaderFieldArgs['key'], value: string | undefined): Pick<TreeNode, 'contextValue' | 'argument'> {
  return { contextValue: EDITABLE_FIELD_CONTEXT, argument: { uri, key, value } satisfies HeaderFieldArgs };
}

function titleNode({ uri, title }: SeedMetadata): TreeNode {
  if (!title) return { id: 'title', label: 'Title: none', icon: new vscode.ThemeIcon('warning'), ...editable(uri, 'title', undefined) };
  return { ...field('title', 'Title', title.text, 'symbol-text'), description: title.from === 'header' ? 'from header' : 'first line', ...editable(uri, 'title', title.text) };
}

/** The date, and below it the candidates found: clicking one sets it as `date`. */
function dateNode({ uri, date, dateCandidates }: SeedMetadata): TreeNode {
  const candidates: TreeNode[] = dateCandidates.map((candidate, index) => ({
    id: `date/candidate/${index}`,
    label: candidate.value,
    description: candidate.from,
    tooltip: `Set date to ${candidate.value} (${candidate.from})`,
    icon: new vscode.ThemeIcon('calendar'),
    command: setHeaderFieldCommand({ uri, key: 'date', value: candidate.value }),
    ...(candidate.location && { contextValue: FOUND_CANDIDATE_CONTEXT, argument: toCodeLocation(candidate.location) }),
  }));
  const common = { id: 'date', children: candidates, expanded: !date, ...editable(uri, 'date', date?.value ?? dateCandidates[0]?.value) };
  if (!date) {
    return { ...common, label: 'Date: none', description: candidates.length ? 'candidates below' : undefined, icon: new vscode.ThemeIcon('warning') };
  }
  const notes = [`from ${date.from}`, date.precision === 'year' || date.precision === 'month' ? `${date.precision} only` : '', date.valid ? '' : 'invalid'];
  return {
    ...common,
    label: `Date: ${date.value}`,
    description: notes.filter(Boolean).join(', '),
    icon: new vscode.ThemeIcon(date.valid ? 'calendar' : 'error'),
  };
}

/** The language, and below it the detector's candidates: clicking one sets it as `lang`. */
function languageNode({ uri, language }: SeedMetadata): TreeNode {
  const { declared, detected, confident, candidates } = language;
  const shown = declared ?? detected ?? 'unknown';
  const detection = detected ? `detected ${detected}${confident ? '' : ' (not confident)'}` : 'not detected';
  const description = declared ? (declared === detected ? 'declared and detected' : `declared; ${detection}`) : detection;
  return {
    id: 'language',
    label: `Language: ${shown}`,
    description,
    icon: new vscode.ThemeIcon('globe'),
    ...editable(uri, 'lang', declared ?? detected),
    children: candidates.map((guess) => ({
      id: `language/${guess.lang}`,
      label: guess.lang,
      description: guess.score.toFixed(2),
      tooltip: `Set lang to ${guess.lang}`,
      command: setHeaderFieldCommand({ uri, key: 'lang', value: guess.lang }),
    })),
  };
}

function otherFieldsNode({ fields }: SeedMetadata): TreeNode | undefined {
  const others = fields.filter((entry) => !SHOWN_KEYS.has(entry.key));
  if (!others.length) return undefined;
  return {
    id: 'fields',
    label: 'Other header fields',
    icon: new vscode.ThemeIcon('symbol-field'),
    children: others.map((entry) => ({ id: `fields/${entry.key}`, label: `${entry.key}: ${entry.value}`, tooltip: entry.value })),
  };
}

function duplicatesNode({ duplicates }: SeedMetadata): TreeNode {
  return {
    id: 'duplicates',
    label: `Duplicates: ${duplicates.length}`,
    icon: new vscode.ThemeIcon('files'),
    expanded: true,
    children: duplicates.map((duplicate) => ({
      id: `duplicates/${duplicate.uri}`,
      label: duplicate.path,
      description: `${percent(duplicate.share)} of this seed, ${countLabel(duplicate.passages, 'passage', 'passages')}`,
      resourceUri: vscode.Uri.parse(duplicate.uri),
      command: openLocationCommand(fileStart(duplicate.uri)),
    })),
  };
}

function problemsNode({ uri, problems }: SeedMetadata): TreeNode {
  return {
    id: 'problems',
    label: `Problems: ${problems.length}`,
    icon: new vscode.ThemeIcon('list-unordered'),
    expanded: true,
    children: problems.map((problem, index) => problemNode(uri, problem, index)),
  };
}

const SEVERITY_ICONS: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'lightbulb' };

function problemNode(uri: string, problem: Diagnostic, index: number): TreeNode {
  const message = typeof problem.message === 'string' ? problem.message : problem.message.value;
  return {
    id: `problems/${index}`,
    label: message,
    description: `line ${problem.range.start.line + 1}${problem.code === undefined ? '' : ` · ${problem.code}`}`,
    tooltip: message,
    icon: new vscode.ThemeIcon(SEVERITY_ICONS[problem.severity ?? 1] ?? 'warning'),
    command: openLocationCommand(toCodeLocation({ uri, range: problem.range }), 'Reveal'),
  };
}
