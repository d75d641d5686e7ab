import type { Position } from 'vscode-languageserver/node';
import { analyseSeed } from '../engine/analyse';
import type { PassagePlace } from '../protocol/protocol';
import type { SeedTexts } from './documents';
import type { Corpora } from './workspace';

/** Every other place of the passage at a position (`seedCurator/duplicates`, the hover): read from the index, unbounded. */
export async function duplicatePlaces(corpora: Corpora, texts: SeedTexts, uri: string, position: Position): Promise<PassagePlace[]> {
  const corpus = corpora.corpusFor(uri);
  if (!corpus) return [];
  const read = await texts.read(uri);
  if (!read.ok) return [];
  const seed = analyseSeed(read.text, corpus.config);
  return corpus.allTwinsAt(uri, seed, seed.parsed.lines.offsetAt(position)).map((twin) => ({ ...twin.location, path: twin.path, similarity: twin.similarity }));
}
