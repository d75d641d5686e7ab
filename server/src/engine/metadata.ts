import type { SeedMetadata } from '../protocol/protocol';
import { detailsOf, type SeedFinding } from './findings';
import type { AnalysedSeed } from './analyse';
import type { CorpusFacts } from './corpus/corpusFacts';
import { checkIsoDate } from './dates/isoDate';
import { fieldOf, headerDate } from './model';
import { countWords } from './text/normalize';
import { webAddressOf } from './webAddress';

export interface MetadataInput {
  uri: string;
  path: string;
  seed: AnalysedSeed;
  corpus: CorpusFacts;
  findings: readonly SeedFinding[];
  now?: Date;
}

/** What the metadata of the protocol holds but its list of problems, which the edges add in their own shape. */
export type SeedFacts = Omit<SeedMetadata, 'problems'>;

/** What the Seed Metadata view, `seedCurator/metadata` and the CLI's JSON show of a seed. */
export function seedMetadata({ uri, path, seed, corpus, findings, now = new Date() }: MetadataInput): SeedFacts {
  const { parsed, language } = seed;
  const header = parsed.header;
  const value = (key: string) => fieldOf(header, key)?.value.trim() || undefined;
  const date = headerDate(header);
  const checked = date ? checkIsoDate(date, now) : undefined;
  const candidates = findings.flatMap((finding) => (detailsOf(finding, 'missing-date') ?? detailsOf(finding, 'imprecise-date'))?.candidates ?? []);
  return {
    uri,
    path,
    title: parsed.title ? { text: parsed.title.text, from: parsed.title.from } : undefined,
    date: date
      ? {
          value: date,
          from: header.fused ? 'header (fused with the text)' : header.kind === 'legacy' ? 'legacy header' : header.kind === 'mail' ? 'mail header' : 'front matter',
          precision: checked?.valid ? checked.precision : 'day',
          valid: checked?.valid ?? false,
        }
      : undefined,
    dateCandidates: candidates,
    language: { declared: value('lang'), detected: language.lang, confident: language.confident, candidates: language.candidates },
    source: value('source'),
    url: value('url'),
    link: webAddressOf(value('url')),
    author: value('author'),
    fields: header.fields.map((field) => ({ key: field.key, value: field.value })),
    words: countWords(seed.bodyText),
    paragraphs: parsed.blocks.filter((block) => block.kind === 'paragraph').length,
    duplicates: corpus.containments.map((c) => ({ uri: c.info.uri, path: c.info.path, share: c.share, passages: c.passages })),
  };
}
