import type { TextEdit } from 'vscode-languageserver/node';
import { parseSeed } from '../engine/parse/parseSeed';
import { setHeaderField } from '../engine/headerEdits';
import type { HeaderEditParams } from '../protocol/protocol';
import { pastBom, startsWithBom } from './bomColumn';
import type { SeedTexts } from './documents';
import type { Corpora } from './workspace';

/** `seedCurator/headerEdit`: the edits that set a header key of a seed as it now reads, in its header's own style. */
export async function headerEdit(corpora: Corpora, texts: SeedTexts, { uri, key, value }: HeaderEditParams): Promise<TextEdit[] | null> {
  const corpus = corpora.corpusFor(uri);
  if (!corpus) return null;
  const read = await texts.read(uri);
  if (!read.ok) return null;
  const parsed = parseSeed(read.text);
  const { span, newText } = setHeaderField(parsed, key, value.trim());
  const range = parsed.lines.range(span.start, span.end);
  return [{ range: startsWithBom(read.text) ? pastBom(range) : range, newText }];
}
