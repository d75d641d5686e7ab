import { applyEdits, modify, type JSONPath } from 'jsonc-parser';
import type { ConfigChange } from '../protocol/protocol';

/**
 * The text of a `.seedcurator.json` with one change made, the rest of the file as written
 * (comments, order, indentation); the same text when the change is already there. Throws on a
 * config that is not JSON.
 */
export function changedConfigText(configText: string, change: ConfigChange): string {
  const config = (configText.trim() === '' ? {} : JSON.parse(configText.replace(/^\uFEFF/, ''))) as Record<string, unknown>;
  const edit = editOf(config, change);
  if (!edit) return configText;
  const indent = /^([ \t]+)"/m.exec(configText)?.[1] ?? '  ';
  const changes = modify(configText, edit.path, edit.value, {
    isArrayInsertion: edit.path[edit.path.length - 1] === -1,
    formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: configText.includes('\r\n') ? '\r\n' : '\n' },
  });
  return applyEdits(configText, changes);
}

/** Where the change goes and what is written there; undefined when the config already says it. */
function editOf(config: Record<string, unknown>, change: ConfigChange): { path: JSONPath; value: unknown } | undefined {
  switch (change.kind) {
    case 'rule-off':
      return objectAt(config, 'rules')[change.rule] === 'off' ? undefined : { path: ['rules', change.rule], value: 'off' };
    case 'ignore': {
      const rules = listAt(objectAt(config, 'ignore'), change.path);
      return rules.includes(change.rule) ? undefined : { path: ['ignore', change.path], value: [...rules, change.rule] };
    }
    case 'boilerplate-phrase':
    case 'boilerplate-keep': {
      const key = change.kind === 'boilerplate-phrase' ? 'phrases' : 'keep';
      const lines = listAt(objectAt(config, 'boilerplate'), key);
      return lines.some((line) => typeof line === 'string' && line.trim().toLowerCase() === change.line.trim().toLowerCase()) ? undefined : { path: ['boilerplate', key, -1], value: change.line };
    }
    case 'accept-duplicate': {
      const written = JSON.stringify(change.entry);
      return listAt(config, 'accepted').some((entry) => JSON.stringify(entry) === written) ? undefined : { path: ['accepted', -1], value: change.entry };
    }
  }
}

function objectAt(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = parent[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function listAt(parent: Record<string, unknown>, key: string): unknown[] {
  const value = parent[key];
  return Array.isArray(value) ? value : [];
}
