import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenizeSeed, type Token } from './harness/textmate';

// The seed grammar, run by VS Code's own TextMate engine on seeds written for this test.

/** The scopes of the first token whose text contains `part`, on a 1-based line. */
function scopesAt(lines: Token[][], line: number, part: string): string[] {
  const token = lines[line - 1]?.find((candidate) => candidate.text.includes(part));
  assert.ok(token, `line ${line} has a token with "${part}": ${JSON.stringify(lines[line - 1])}`);
  return token.scopes;
}

function assertScope(lines: Token[][], line: number, part: string, scope: string): void {
  const scopes = scopesAt(lines, line, part);
  assert.ok(scopes.some((candidate) => candidate.startsWith(scope)), `"${part}" on line ${line} is ${scope}: ${scopes.join(' ')}`);
}

function assertNoScope(lines: Token[][], line: number, part: string, scope: string): void {
  const scopes = scopesAt(lines, line, part);
  assert.ok(!scopes.some((candidate) => candidate.startsWith(scope)), `"${part}" on line ${line} is not ${scope}: ${scopes.join(' ')}`);
}

const HEADLINE_SEED = [
  'Kommunen kjøper ny brannbil', // 1
  '',
  'Den gamle brannbilen har gått i tjue år og må byttes ut, sier brannsjefen til avisa.', // 3
  '',
  'Kostnadene sprekker', // 5
  '',
  '– Vi har ikke råd til å vente lenger, sa ordføreren på møtet i går.', // 7
  '',
  'Han kalte bilen «et nødvendig kjøp» og viste til at «sikkerheten kommer først».', // 9
  '',
  'Annonse', // 11
  '',
  'BRANNBIL: Den nye bilen på stasjonen. Foto: Kari Eksempel / NTB Scanpix', // 13
  'The chief said that "it was about time" and called it “a good day”.', // 14
].join('\n');

const FRONT_MATTER_SEED = ['---', 'title: Ny brannbil', 'date: 2021-05-01', '---', 'Brannvesenet fikk ny bil i dag.'].join('\n');

describe('seed grammar', () => {
  it('marks the first line as the title and short standalone lines as subheadings', async () => {
    const lines = await tokenizeSeed(HEADLINE_SEED);
    assertScope(lines, 1, 'Kommunen kjøper', 'markup.heading.title.seed');
    assertScope(lines, 5, 'Kostnadene sprekker', 'markup.heading.subheading.seed');
    assertNoScope(lines, 3, 'Den gamle brannbilen', 'markup.heading');
  });

  it('takes no byline standing between blank lines for a subheading', async () => {
    const lines = await tokenizeSeed('Kommunen kjøper ny brannbil\n\nAv Kari Nordmann\n\nBy Jane Smith\n\nAv og til ryker det\n\nTeksten.');
    assertNoScope(lines, 3, 'Av Kari Nordmann', 'markup.heading');
    assertNoScope(lines, 5, 'By Jane Smith', 'markup.heading');
    assertScope(lines, 7, 'Av og til ryker det', 'markup.heading.subheading.seed');
  });

  it('marks dialogue lines and quotes', async () => {
    const lines = await tokenizeSeed(HEADLINE_SEED);
    assertScope(lines, 7, '–', 'punctuation.definition.quote.begin.seed');
    assertScope(lines, 7, 'Vi har ikke råd', 'markup.quote.dialogue.seed');
    assertScope(lines, 9, 'et nødvendig kjøp', 'string.quoted.other.guillemets.seed');
    assertScope(lines, 14, 'it was about time', 'string.quoted.double.seed');
    assertScope(lines, 14, 'a good day', 'string.quoted.double.seed');
    assertNoScope(lines, 14, 'The chief said', 'string');
  });

  it('marks captions with their credits, and boilerplate', async () => {
    const lines = await tokenizeSeed(HEADLINE_SEED);
    assertScope(lines, 13, 'BRANNBIL:', 'markup.bold.caption-label.seed');
    assertScope(lines, 13, 'Den nye bilen', 'meta.caption.seed');
    assertScope(lines, 13, 'Foto: Kari Eksempel', 'comment.line.credit.seed');
    assertScope(lines, 11, 'Annonse', 'comment.line.boilerplate.seed');
  });

  it('reads a caption on the first line as a caption, not a title', async () => {
    const lines = await tokenizeSeed('Brannbilen ved stasjonen. Photo: Ola Eksempel / Reuters\nKommunen kjøper ny brannbil\n');
    assertScope(lines, 1, 'Brannbilen', 'meta.caption.seed');
    assertNoScope(lines, 1, 'Brannbilen', 'markup.heading');
    assertScope(lines, 1, '/ Reuters', 'comment.line.credit.seed');
  });

  it('embeds YAML front matter and takes no first line of it as a title', async () => {
    const lines = await tokenizeSeed(FRONT_MATTER_SEED);
    assertScope(lines, 1, '---', 'punctuation.definition.frontmatter.begin.seed');
    assertScope(lines, 2, 'title', 'entity.name.tag.yaml');
    assertScope(lines, 3, '2021-05-01', 'meta.embedded.block.frontmatter');
    assertScope(lines, 4, '---', 'punctuation.definition.frontmatter.end.seed');
    assertNoScope(lines, 5, 'Brannvesenet', 'meta.embedded');
  });

  it('takes the first line with text after the front matter as the title, not the rest', async () => {
    const headlineAfter = (gap: string[]) =>
      ['---', 'title: Ny brannbil', '---', ...gap, 'Kommunen kjøper ny brannbil', '', 'Kostnadene sprekker', '', 'Den gamle bilen må byttes ut, sier brannsjefen.'].join('\n');
    for (const gap of [[], [''], ['', '  ', '']]) {
      const lines = await tokenizeSeed(headlineAfter(gap));
      const headline = 4 + gap.length;
      assertScope(lines, headline, 'Kommunen kjøper', 'markup.heading.title.seed');
      assertScope(lines, headline, 'Kommunen kjøper', 'entity.name.section.seed');
      assertNoScope(lines, headline, 'Kommunen kjøper', 'meta.embedded');
      assertScope(lines, headline + 2, 'Kostnadene sprekker', 'markup.heading.subheading.seed');
      assertNoScope(lines, headline + 4, 'Den gamle bilen', 'markup.heading');
    }
  });

  it('takes no sentence or caption after the front matter as the title', async () => {
    const sentence = await tokenizeSeed(FRONT_MATTER_SEED + '\n\nKostnadene sprekker\n\nMer tekst.');
    assertNoScope(sentence, 5, 'Brannvesenet', 'markup.heading');
    assertScope(sentence, 7, 'Kostnadene sprekker', 'markup.heading.subheading.seed');
    const caption = await tokenizeSeed('---\ntitle: Ny brannbil\n---\nBrannbilen ved stasjonen. Foto: Ola Eksempel / NTB\nKommunen kjøper ny brannbil\n');
    assertScope(caption, 4, 'Brannbilen', 'meta.caption.seed');
    assertNoScope(caption, 4, 'Brannbilen', 'markup.heading');
    assertScope(caption, 5, 'Kommunen kjøper', 'markup.heading.title.seed');
  });

  it('reads a legacy header fused into the first line', async () => {
    const lines = await tokenizeSeed(' date 2020-08 Kommunen kjøpte i dag en ny brannbil til stasjonen.\n');
    assertScope(lines, 1, 'date', 'variable.other.key.seed');
    assertScope(lines, 1, '2020-08', 'string.unquoted.value.seed');
    assertNoScope(lines, 1, 'Kommunen', 'markup.heading');
  });
});
