// The parts' "nevers" (docs/architecture.md) as lint errors: what each folder must not import.
// The TypeScript projects hold the same lines for our own folders (a part compiles against the
// parts it references only); these rules add the packages and Node's built-ins, and say why.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** An import of one of our folders (relative: `../lsp/x`, `../../server/src/cli/y`). */
const ourFolders = (folders, message) => ({ regex: `^\\.\\.?/(.*/)?(${folders.join('|')})(/|$)`, message });
const nodeBuiltins = (message) => ({ regex: `^(node:.*|(${builtinModules.join('|')})(/.*)?)$`, message });
const VSCODE = { regex: '^vscode$', message: 'Only the client imports `vscode`; the server and the CLI run without VS Code.' };
/** The JSON-RPC connection and its servers and clients; the plain LSP shapes (`-types`) are another matter. */
const lspConnection = (message) => ({ regex: '^vscode-(languageserver|languageclient|jsonrpc)(/.*)?$', message });

/** One part's forbidden imports: the rule takes one option list per file, so each part lists all of its own. */
const part = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default defineConfig(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test/workspaces/', 'test/fixtures/', '**/*.js'] },
  {
    files: ['**/*.ts', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The idioms the code uses on purpose: a rest sibling left out of a copy, a ternary of two
      // counters, the parameter list of a function type that takes any command's arguments.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
    },
  },
  // The end-to-end harness loads modules by computed path (package.json, code-server's own modules).
  { files: ['test/e2e/harness/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  part(['server/src/protocol/**'], [
    { regex: '^\\.\\./', message: 'The protocol imports nothing of ours but itself: client and server both build on it.' },
    nodeBuiltins('The protocol runs in the client and the server alike: no Node built-ins.'),
    VSCODE,
  ]),
  part(['server/src/engine/**'], [
    ourFolders(['lsp', 'cli', 'host', 'edge', 'client'], 'The engine never imports its edges (lsp, cli, edge), the host or the client: they import it.'),
    nodeBuiltins('The engine is pure: no Node built-ins. File access lives in server/src/host/, and the engine is given text.'),
    { regex: '^vscode-(languageserver|languageclient|jsonrpc)', message: 'The engine speaks its own types (engine/findings.ts); LSP shapes are built at the edges.' },
    VSCODE,
  ]),
  part(['server/src/edge/**'], [
    ourFolders(['lsp', 'cli', 'host', 'client'], 'The shared edge (findings as LSP diagnostics) serves the server and the CLI; it imports neither, nor the host.'),
    nodeBuiltins('The shared edge only builds shapes: no Node built-ins.'),
    lspConnection('The shared edge builds LSP shapes; it holds no connection.'),
    VSCODE,
  ]),
  part(['server/src/host/**'], [
    ourFolders(['lsp', 'cli', 'edge', 'client'], 'The host reads files for the server and the CLI; it imports neither.'),
    lspConnection('The host reads files; it speaks no LSP.'),
    VSCODE,
  ]),
  part(['server/src/lsp/**'], [ourFolders(['cli', 'client'], 'The language server and the CLI never import each other; what both need lives in the engine, the edge or the host.'), VSCODE]),
  part(['server/src/cli/**'], [
    ourFolders(['lsp', 'client'], 'The CLI and the language server never import each other; what both need lives in the engine, the edge or the host.'),
    lspConnection('The CLI talks LSP to nothing.'),
    VSCODE,
  ]),
  part(['client/src/**'], [
    { regex: '(^|/)server/src/(?!protocol/)', message: 'The client imports only the protocol of the server; it talks to the server over LSP.' },
    ourFolders(['test'], 'The client ships; it never imports the tests.'),
    { regex: '^vscode-languageserver(/.*)?$', message: 'The client talks to the server through vscode-languageclient.' },
  ]),
  part(['test/**'], [VSCODE]),
  // The tests that run inside VS Code's extension host are the one other place with `vscode`.
  { files: ['test/electron/**'], rules: { 'no-restricted-imports': 'off' } },
);
