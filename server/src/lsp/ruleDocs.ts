import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location } from 'vscode-languageserver-types';
import { ALL_RULES } from '../engine/rules/allRules';
import { RULES_DOC } from '../protocol/protocol';

/** Where docs/rules.md lies from the running code: beside the bundle (`dist/`) or the compiled tree (`out/server/src/lsp/`). */
const DOC_FROM_CODE = ['../docs/rules.md', '../../../../docs/rules.md'];

const SUMMARIES = new Map<string, string>(ALL_RULES.map((rule) => [rule.id, rule.summary]));

/**
 * The documentation of each rule, read offline from the docs/rules.md shipped with the server (in
 * the .vsix and the npm package): a link opens the file at the rule's heading (`#L<line>`, which
 * editors read as a line). Without the file, the links go to the web page.
 */
export class RuleDocs {
  private constructor(
    private readonly fileUri: string | undefined,
    private readonly headingLines: ReadonlyMap<string, number>,
  ) {}

  /** The docs shipped with this code, read once. */
  static shipped(): RuleDocs {
    for (const relative of DOC_FROM_CODE) {
      const file = path.resolve(__dirname, relative);
      try {
        return RuleDocs.fromText(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'));
      } catch {
        // Not there: the other layout, or no docs shipped.
      }
    }
    return new RuleDocs(undefined, new Map());
  }

  /** The docs in `text`, a copy of docs/rules.md at `fileUri`: each rule documented under `## <id>`. */
  static fromText(fileUri: string, text: string): RuleDocs {
    const lines = new Map<string, number>();
    text.split(/\r?\n/).forEach((line, index) => {
      const heading = /^## ([a-z-]+)\s*$/.exec(line);
      if (heading && SUMMARIES.has(heading[1]!)) lines.set(heading[1]!, index);
    });
    return new RuleDocs(fileUri, lines);
  }

  /** A link to the rule's documentation, for `codeDescription` and hovers. */
  href(rule: string): string {
    const line = this.headingLines.get(rule);
    return this.fileUri && line !== undefined ? `${this.fileUri}#L${line + 1}` : `${RULES_DOC}#${rule}`;
  }

  /** The rule's heading in the shipped file, to open it there; undefined without the file. */
  location(rule: string): Location | undefined {
    const line = this.headingLines.get(rule);
    if (!this.fileUri || line === undefined) return undefined;
    return { uri: this.fileUri, range: { start: { line, character: 0 }, end: { line, character: 0 } } };
  }

  /** What the rule flags, in one line. */
  summary(rule: string): string | undefined {
    return SUMMARIES.get(rule);
  }
}

let shipped: RuleDocs | undefined;

/** The shipped docs, read on first use. */
export function shippedRuleDocs(): RuleDocs {
  shipped ??= RuleDocs.shipped();
  return shipped;
}
