import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RuleDocs } from '../edge/ruleDocs';

/** Where docs/rules.md lies from the running code: beside the bundle (`dist/`) or the compiled tree (`out/server/src/lsp/`). */
const DOC_FROM_CODE = ['../docs/rules.md', '../../../../docs/rules.md'];

let shipped: RuleDocs | undefined;

/** The docs shipped with the server, read on first use; the web page's when none are there. */
export function shippedRuleDocs(): RuleDocs {
  shipped ??= readShipped();
  return shipped;
}

function readShipped(): RuleDocs {
  for (const relative of DOC_FROM_CODE) {
    const file = path.resolve(__dirname, relative);
    try {
      return RuleDocs.fromText(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'));
    } catch {
      // Not there: the other layout, or no docs shipped.
    }
  }
  return RuleDocs.ON_THE_WEB;
}
