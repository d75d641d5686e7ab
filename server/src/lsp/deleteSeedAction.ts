import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver/node';
import { detailsOf, type SeedFinding } from '../engine/findings';
import { ClientCommands, type DeleteSeedArgs } from '../protocol/protocol';

/**
 * How "Delete this seed file" deletes: through the client's `seedCurator.deleteSeed` command,
 * which names the file and the seed it copies in a confirmation first, when the client runs it;
 * otherwise as a bare delete-file edit, which the client applies (and can undo) itself.
 */
export function deleteSeedAction(uri: string, finding: SeedFinding, clientConfirms: boolean): Pick<CodeAction, 'edit' | 'command'> {
  if (!clientConfirms) return { edit: deleteFileEdit(uri) };
  const copy = detailsOf(finding, 'duplicate-seed');
  // Only a copy offers its own deletion; the seed to keep's note names its copies instead.
  const args: DeleteSeedArgs = copy && 'other' in copy ? { uri, copyOf: { uri: copy.other, path: copy.otherPath, share: copy.share } } : { uri };
  return { command: { title: 'Delete this seed file', command: ClientCommands.deleteSeed, arguments: [args] } };
}

function deleteFileEdit(uri: string): WorkspaceEdit {
  // Gone already (deleted by hand since the finding was made): nothing to do, no error.
  return { documentChanges: [{ kind: 'delete', uri, options: { recursive: false, ignoreIfNotExists: true } }] };
}
