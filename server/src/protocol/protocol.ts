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
  /** Records a corpus duplicate in `.seedcurator.json` so it is no longer reported. Args: [AcceptDuplicateArgs]. */
  acceptDuplicate: 'seedCurator.acceptDuplicate',
  /** Opens another place in the client (`window/showDocument`). Args: [Location]. */
  openLocation: 'seedCurator.openLocation',
  /** Re-reads and re-checks every seed of every corpus. No args. */
  recheckCorpus: 'seedCurator.recheckCorpus',
} as const;

/** Commands the client executes, offered in the server's code actions. */
export const ClientCommands = {
  /** Lists every other place of a passage (from `seedCurator/duplicates`) to open one. Args: [DuplicatesParams]. */
  showAllPlaces: 'seedCurator.showAllPlaces',
} as const;

export interface AcceptDuplicateArgs {
  /** The corpus root's config file. */
  configUri: string;
  /** The passage's fingerprint, as in `data.fingerprint` of the diagnostic. */
  fingerprint: string;
}

/** What the client tells the server when it starts it (`initializationOptions`). */
export interface InitializationOptions {
  /**
   * A folder of the editor's own for this workspace (VS Code's workspace storage), for the
   * server's analysis cache; without one, the server uses the user's cache folder.
   */
  cacheFolder?: string;
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
