import type { ClientCapabilities } from 'vscode-languageserver/node';
import type { InitializationOptions } from '../protocol/protocol';

/** What the client announced it can do; every optional server behaviour is chosen from this. */
export interface ClientFeatures {
  /** `textDocument/diagnostic`: the client pulls findings, so the server must not push them. */
  pullDiagnostics: boolean;
  /** `workspace/diagnostic/refresh`: the client re-pulls when other seeds' findings change. */
  diagnosticRefresh: boolean;
  /** `window/workDoneProgress/create`. */
  workDoneProgress: boolean;
  /** `client/registerCapability` for `workspace/didChangeWatchedFiles`. */
  watchedFilesRegistration: boolean;
  /** Watchers may be globs relative to a folder (LSP 3.17). */
  relativePatterns: boolean;
  /** `workspace/configuration`. */
  configuration: boolean;
  /** `window/showDocument`. */
  showDocument: boolean;
  /** Hover contents as markdown rather than plain text. */
  markdownHover: boolean;
  /** Several workspace folders, added and removed while the server runs. */
  workspaceFolders: boolean;
  /** The client confirms and performs seed deletes itself (`seedCurator.deleteSeed`). */
  confirmsSeedDeletes: boolean;
}

export function clientFeaturesOf(capabilities: ClientCapabilities, options?: InitializationOptions | null): ClientFeatures {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    workDoneProgress: capabilities.window?.workDoneProgress === true,
    watchedFilesRegistration: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    relativePatterns: capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true,
    configuration: capabilities.workspace?.configuration === true,
    showDocument: capabilities.window?.showDocument?.support === true,
    markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
    workspaceFolders: capabilities.workspace?.workspaceFolders === true,
    confirmsSeedDeletes: options?.confirmsSeedDeletes === true,
  };
}
