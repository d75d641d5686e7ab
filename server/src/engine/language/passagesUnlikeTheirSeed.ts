import { similaritiesToRest, trigramBuckets } from './trigramProfile';

/**
 * Below this cosine similarity of letter trigrams with the rest of its seed, a passage may be in
 * another language and goes to franc. Measured: passages of BBC articles score 0.21–0.87 against
 * the rest of their article (87 % at 0.55 or more); a Norwegian paragraph in an English article
 * or an English one in a Norwegian seed at most 0.35; Swedish, the closest language in another
 * group than Norwegian, 0.36–0.41 in the Norwegian seeds, and 0.52 next to Norwegian paragraphs
 * on the same news item. The threshold sits above that, so that franc still reads such a passage.
 */
const SAME_LANGUAGE_SIMILARITY = 0.55;

/**
 * The passages that `isCandidate` picks and that do not plainly read like the rest of their seed
 * (all of `passages`). Linear in the seed's length.
 */
export function passagesUnlikeTheirSeed<P extends { text: string }>(passages: readonly P[], isCandidate: (passage: P) => boolean): P[] {
  const similarities = similaritiesToRest(
    passages.map((passage) => trigramBuckets(passage.text)),
    (index) => isCandidate(passages[index]),
  );
  return passages.filter((_, index) => similarities[index] < SAME_LANGUAGE_SIMILARITY);
}
