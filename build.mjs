// Bundles the shipped programs with esbuild; type-checking is `tsc -b`'s job.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: { server: 'server/src/lsp/main.ts', cli: 'server/src/cli/main.ts', seedWorker: 'server/src/host/seedWorker.ts' },
    outdir: 'dist',
    // jsonc-parser's default (UMD) build hides its requires from esbuild; its ES module build bundles.
    alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  }),
  build({ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
]);
