/**
 * The custom part of the protocol between the Seed Curator server and its clients, declared once
 * and imported by both halves. Everything else is standard LSP.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Diagnostic, Location, Position, Range } from 'vscode-languageserver-types';

/** The `source` of every diagnostic Seed Curator reports. */
export const SOURCE = 'seed-curator';
/** Where each rule is documented, one anchor per rule id. */
export const RULES_DOC = 'https://github.com/seed-curator/seed-curator/blob/main/docs/rules.md';

export interface DateCandidate {
  /** ISO 8601, possibly reduced (`2020-08`). */
  value: string;
  /** Where it came from, for a curator to judge: `header`, `text "15 August 2020"`, `001_x.txt`. */
  from: string;
  location?: Location;
}

export interface LanguageGuess {
  /** BCP 47 tag. */
  lang: string;
  score: number;
}

export interface DuplicateLink {
  uri: string;
  /** Path relative to the corpus root. */
  path: string;
  /** Share of this seed found in the other one (0..1). */
  share: number;
  /** Number of passages the two seeds share. */
  passages: number;
}

export interface SeedMetadata {
  uri: string;
  path: string;
  title?: { text: string; from: 'header' | 'first-line' };
  date?: { value: string; from: string; precision: 'year' | 'month' | 'day' | 'time'; valid: boolean };
  dateCandidates: DateCandidate[];
  language: { declared?: string; detected?: string; confident: boolean; candidates: LanguageGuess[] };
  source?: string;
  url?: string;
  /** `url` as an http(s) address, for clients to open; absent when `url` is no such address. */
  link?: string;
  author?: string;
  /** Every header key, known or not, as written. */
  fields: { key: string; value: string }[];
  words: number;
  paragraphs: number;
  duplicates: DuplicateLink[];
  problems: Diagnostic[];
}

export interface SeedRef {
  uri: string;
  path: string;
  title?: string;
}

export interface DuplicateCluster {
  /**
   * Seeds that `duplicate-seed` reports as copies, with the seeds they copy: first the original to
   * keep (the one that is no copy), then its copies; `share` is how much of each is found elsewhere.
   */
  seeds: (SeedRef & { share: number })[];
}

export interface CorpusSummary {
  roots: { uri: string; seeds: number; indexed: number; configError?: string }[];
  languages: { lang: string; seeds: SeedRef[] }[];
  undated: SeedRef[];
  clusters: DuplicateCluster[];
  /** Seed files that cannot be checked (binary, not UTF-8, too large, …), with the reason. */
  unreadable: (SeedRef & { reason: string })[];
}

export interface MetadataParams {
  uri: string;
}

export interface DuplicatesParams {
  uri: string;
  position: Position;
}

/** A place where a passage stands too. */
export interface PassagePlace {
  uri: string;
  /** Relative to the corpus root. */
  path: string;
  range: Range;
  /** 1 for the same passage, less for a near copy. */
  similarity: number;
}

export const MetadataRequest = new RequestType<MetadataParams, SeedMetadata | null, void>('seedCurator/metadata');
/** Every other place of the passage at a position, however many: findings list only a few. Null when none. */
export const DuplicatesRequest = new RequestType<DuplicatesParams, PassagePlace[] | null, void>('seedCurator/duplicates');
export const CorpusRequest = new RequestType<Record<string, never>, CorpusSummary, void>('seedCurator/corpus');

export interface IndexState {
  state: 'indexing' | 'ready';
  indexed: number;
  total: number;
  /** Findings over the whole corpus by severity name, once ready. */
  counts?: { error: number; warning: number; info: number };
}

/** Sent by the server whenever indexing progresses or ends, for a status item. */
export const IndexStateNotification = new NotificationType<IndexState>('seedCurator/indexState');

/** Commands the server executes (`workspace/executeCommand`), offered in code actions. */
export const ServerCommands = {
  /**
   * Changes the corpus's `.seedcurator.json` (turn a rule off, ignore a rule in a seed, a
   * boilerplate line, an accepted duplicate), saves it, and checks the seeds again without
   * re-indexing where the change allows. Args: [EditConfigArgs].
   */
  editConfig: 'seedCurator.editConfig',
  /** Opens another place in the client (`window/showDocument`). Args: [Location]. */
  openLocation: 'seedCurator.openLocation',
  /** Re-reads and re-checks every seed of every corpus. No args. */
  recheckCorpus: 'seedCurator.recheckCorpus',
} as const;

/** Commands the client executes, offered in the server's code actions. */
export const ClientCommands = {
  /** Lists every other place of a passage (from `seedCurator/duplicates`) to open one. Args: [DuplicatesParams]. */
  showAllPlaces: 'seedCurator.showAllPlaces',
  /**
   * Asks the user to confirm, then deletes a seed file with an undoable workspace edit. Offered
   * instead of a bare delete-file edit to clients that announce it. Args: [DeleteSeedArgs].
   */
  deleteSeed: 'seedCurator.deleteSeed',
  /**
   * A fix for the whole corpus, offered on a corpus-wide summary ("Insert the detected lang in
   * every seed that has none"): the client previews and applies it. Args: [FixCorpusArgs].
   */
  fixCorpus: 'seedCurator.fixCorpus',
} as const;

export interface DeleteSeedArgs {
  uri: string;
  /** The seed it is a copy of, relative to the corpus root, and how much of it that seed holds (0..1). */
  copyOf?: { uri: string; path: string; share: number };
}

/** The corpus-wide fixes a summary offers: each seed lacking the field gets the preferred fix of its own finding. */
export type CorpusFixIntent = 'insert-proposed-dates' | 'insert-detected-languages';

export interface FixCorpusArgs {
  /** The corpus root folder. */
  rootUri: string;
  intent: CorpusFixIntent;
  /** The rule whose findings the fix answers (`missing-date`, `missing-language`). */
  rule: string;
}

/** What an accepted duplicate records in `accepted`: the passage's first words and the seeds it may repeat in (relative paths). */
export interface AcceptedEntry {
  passage: string;
  paths: string[];
}

/** One change to a `.seedcurator.json`; rule ids as in `rules`, paths relative to the corpus root. */
export type ConfigChange =
  | { kind: 'rule-off'; rule: string }
  | { kind: 'ignore'; rule: string; path: string }
  | { kind: 'boilerplate-phrase'; line: string }
  | { kind: 'boilerplate-keep'; line: string }
  | { kind: 'accept-duplicate'; entry: AcceptedEntry };

export interface EditConfigArgs {
  /** The corpus root's config file. */
  configUri: string;
  change: ConfigChange;
}

/** What the client tells the server when it starts it (`initializationOptions`). */
export interface InitializationOptions {
  /**
   * A folder of the editor's own for this workspace (VS Code's workspace storage), for the
   * server's analysis cache; without one, the server uses the user's cache folder.
   */
  cacheFolder?: string;
  /** The client runs `ClientCommands.deleteSeed`, so "Delete this seed file" asks first. */
  confirmsSeedDeletes?: boolean;
}

/** Settings under `seedCurator.` that the server reads per resource. */
export interface ServerSettings {
  enable: boolean;
  /** Milliseconds between the last keystroke and a new check. */
  debounce: number;
  /** Check the whole corpus in the background, not only open seeds. */
  checkCorpus: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, debounce: 200, checkCorpus: true };
