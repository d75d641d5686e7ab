/**
 * franc cannot tell Bokmål, Nynorsk and Danish apart reliably: within that group, words that only
 * one or two of them use decide. Words all three share ("ikke" is Bokmål and Danish, "at" is the
 * Bokmål and Danish "that") count for each language that uses them, so they decide nothing; "at"
 * is left out altogether, as it would count a Bokmål "sier at" as Danish.
 */
const MARKERS: Record<string, Set<string>> = {
  nb: new Set(['hva', 'etter', 'av', 'mye', 'nå', 'noen', 'noe', 'ble', 'blir', 'hadde', 'sier', 'mellom', 'seg', 'meg', 'deg', 'fikk', 'gjennom', 'å', 'hennes', 'ikke', 'jeg', 'fra', 'være', 'en', 'et', 'hvordan', 'litt', 'opp', 'ut', 'uke', 'enn', 'slik']),
  nn: new Set(['ikkje', 'eg', 'kva', 'ho', 'frå', 'berre', 'vere', 'mykje', 'nokon', 'noko', 'vart', 'dei', 'seier', 'kjem', 'ein', 'eit', 'korleis', 'òg', 'sjølv', 'heile', 'fekk', 'å', 'etter', 'av', 'seg', 'meg', 'hjå', 'vore', 'slik', 'blir', 'hadde', 'litt', 'opp', 'ut', 'enn']),
  da: new Set(['hvad', 'efter', 'af', 'meget', 'nu', 'nogen', 'noget', 'nogle', 'blev', 'bliver', 'havde', 'siger', 'mellem', 'sig', 'mig', 'dig', 'fik', 'gennem', 'hendes', 'ikke', 'jeg', 'fra', 'være', 'en', 'et', 'hvordan', 'lidt', 'op', 'ud', 'uge', 'end', 'sådan']),
};

/**
 * A lead is clear with this many more marker words than the runner-up and this share more. Words
 * two languages share count for both, so the lead is the count of words only the winner uses;
 * the share keeps a long text with a few more of them than its runner-up from counting as clear.
 */
const CLEAR_LEAD = 2;
const CLEAR_RATIO = 1.25;

export interface MarkerVote {
  lang: string;
  /** The winner leads clearly: a fix may set it without a curator choosing. */
  clear: boolean;
}

/** The language among `allowed` whose marker words occur most often in `text`; none when no marker occurs. */
export function voteNordic(text: string, allowed: readonly string[]): MarkerVote | undefined {
  const voters = Object.keys(MARKERS).filter((lang) => allowed.includes(lang));
  const votes = new Map(voters.map((lang) => [lang, 0]));
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of voters) if (MARKERS[lang].has(word)) votes.set(lang, votes.get(lang)! + 1);
  }
  const [best, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] === 0) return undefined;
  const runnerUp = second?.[1] ?? 0;
  return { lang: best[0], clear: best[1] - runnerUp >= CLEAR_LEAD && best[1] >= CLEAR_RATIO * runnerUp };
}
