import type { Location } from 'vscode-languageserver-types';
import { ALL_RULES } from '../engine/rules/allRules';
import { RULES_DOC } from '../protocol/protocol';

const SUMMARIES = new Map<string, string>(ALL_RULES.map((rule) => [rule.id, rule.summary]));

/**
 * The documentation of each rule, in a copy of docs/rules.md (the server reads the one shipped
 * with it, in the .vsix and the npm package: see lsp/shippedRuleDocs): a link opens the file at
 * the rule's heading (`#L<line>`, which editors read as a line). Without the file, the links go to
 * the web page.
 */
export class RuleDocs {
  static readonly ON_THE_WEB = new RuleDocs(undefined, new Map());

  private constructor(
    private readonly fileUri: string | undefined,
    private readonly headingLines: ReadonlyMap<string, number>,
  ) {}

  /** The docs in `text`, a copy of docs/rules.md at `fileUri`: each rule documented under `## <id>`. */
  static fromText(fileUri: string, text: string): RuleDocs {
    const lines = new Map<string, number>();
    text.split(/\r?\n/).forEach((line, index) => {
      const heading = /^## ([a-z-]+)\s*$/.exec(line);
      if (heading && SUMMARIES.has(heading[1]!)) lines.set(heading[1]!, index);
    });
    return new RuleDocs(fileUri, lines);
  }

  /** Where the links go: the file's URI, or the web page's. */
  get base(): string {
    return this.fileUri ?? RULES_DOC;
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
