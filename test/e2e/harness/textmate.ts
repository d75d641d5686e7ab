import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2E_TOOLS_DIR, REPO_ROOT } from './paths';

// The TextMate engine VS Code itself uses, taken from the code-server install (no extra dependency).
const VSCODE_DIR = path.join(E2E_TOOLS_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
const fromVSCode = (module: string) => require(path.join(VSCODE_DIR, 'node_modules', module));

export interface Token {
  text: string;
  scopes: string[];
}

/** Grammar files by scope name: ours, and those of VS Code's built-in extensions we embed (YAML). */
function grammarPaths(): Map<string, string> {
  const paths = new Map([['text.seed', path.join(REPO_ROOT, 'syntaxes', 'seed.tmLanguage.json')]]);
  const yamlExtension = path.join(VSCODE_DIR, 'extensions', 'yaml');
  const manifest = JSON.parse(fs.readFileSync(path.join(yamlExtension, 'package.json'), 'utf8'));
  for (const grammar of manifest.contributes.grammars as { scopeName: string; path: string }[]) {
    paths.set(grammar.scopeName, path.join(yamlExtension, grammar.path));
  }
  return paths;
}

/** Tokenises text with the seed grammar, line by line as the editor does. */
export async function tokenizeSeed(text: string): Promise<Token[][]> {
  const oniguruma = fromVSCode('vscode-oniguruma');
  const textmate = fromVSCode('vscode-textmate');
  await oniguruma.loadWASM(fs.readFileSync(path.join(VSCODE_DIR, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const paths = grammarPaths();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources), createOnigString: (value: string) => new oniguruma.OnigString(value) }),
    loadGrammar: async (scopeName: string) => {
      const file = paths.get(scopeName);
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar('text.seed');
  let state = textmate.INITIAL;
  return text.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token: { startIndex: number; endIndex: number; scopes: string[] }) => ({
      text: line.slice(token.startIndex, token.endIndex),
      scopes: token.scopes,
    }));
  });
}
