import type { Diagnostic } from 'vscode-languageserver-types';

/** LSP 3.18 lets a message be markup; the engine writes plain strings, but a report must print either. */
export function messageText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
