import type { DateCandidate } from '../../protocol/protocol';
import type { RuleContext } from './rule';

/** Dates a seed could have: those of seeds it shares passages with, then absolute dates in its text. */
export function dateCandidates(context: RuleContext): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  const add = (candidate: DateCandidate) => {
    if (!candidates.some((c) => c.value === candidate.value)) candidates.push(candidate);
  };
  for (const containment of context.corpus.containments) {
    if (containment.info.date) {
      add({ value: containment.info.date, from: containment.info.path, location: { uri: containment.info.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } });
    }
  }
  const lines = context.seed.parsed.lines;
  for (const date of context.seed.textDates) {
    add({ value: date.value, from: `text "${date.text}"`, location: { uri: context.uri, range: lines.range(date.start, date.end) } });
  }
  return candidates;
}
