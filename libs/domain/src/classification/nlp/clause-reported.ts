import type { Token } from './annotate';
import type { ClauseFrame } from './clause-frame';
import { DECLARED, SAID, WHEN_WORDS } from './words';

const CLOSING_TIME = new Set(['on', 'in', 'late', 'early', 'this', 'last']);

/**
 * The reporting verb of an attribution that closes the sentence ("Kim would visit Washington next week, the office
 * said"): a comma after the head, then at most four words of a speaker and the verb, then whom it was told to, the
 * sentence's end or its time ("told reporters on Tuesday").
 */
function trailingReporter(tokens: Token[], head: number): { verb: Token; comma: number } | null {
  for (let comma = head + 1; comma < tokens.length; comma++) {
    if (tokens[comma].normal !== ',') continue;
    const rest = tokens.slice(comma + 1, comma + 6);
    const at = rest.findIndex((token) => token.pos === 'VERB');
    if (at < 0 || !SAID.has(rest[at].normal)) continue;
    // What may follow the verb: whom it was told to ("told reporters"), then the end or the saying's time.
    const after = tokens.slice(comma + 2 + at, comma + 5 + at);
    const end = after.findIndex((token) => token.pos === 'PUNCT' || CLOSING_TIME.has(token.normal));
    const closes =
      after.length === 0 ||
      end === 0 ||
      (end > 0 && after.slice(0, end).every((token) => token.pos !== 'VERB'));
    if (closes) return { verb: rest[at], comma };
  }
  return null;
}

const isTime = (token: Token) => token.classes.includes('DATE') || WHEN_WORDS.has(token.normal);

/**
 * Which "would" of the clause is a reported "will". Reported speech shifts "will" to "would": "Kim said he would
 * meet Lutnick again on Friday" is a plan when it names its time ("would resume as soon as possible" stays a hope),
 * and a meeting reported so ("said he would meet Greer") is one whatever its time. So is what was announced or
 * confirmed: "Trump announced he would cut the levy" tells a decision, not a hope.
 */
export function reportedWillOf(frame: ClauseFrame): (token: Token) => boolean {
  const { tokens, clause, head, headToken } = frame;
  const planned = (timed: boolean, reporters: Token[]) =>
    timed || headToken.lemma === 'meet' || reporters.some((reporter) => DECLARED.has(reporter.normal));
  const before = () => {
    const reporters = tokens
      .slice(Math.max(0, clause.from - 6), head)
      .filter((other) => other.pos === 'VERB' && SAID.has(other.normal));
    return reporters.length > 0 && planned(tokens.slice(clause.from, clause.to).some(isTime), reporters);
  };
  // An attribution at the end counts with a time of the reported words, not the saying's own ("said on Friday").
  const closing = () => {
    const found = trailingReporter(tokens, head);
    return found !== null && planned(tokens.slice(clause.from, found.comma).some(isTime), [found.verb]);
  };
  // Read only when the clause has a "would", and then once: most matches have none.
  let reported: boolean | undefined;
  return (token: Token) => token.normal === 'would' && (reported ??= before() || closing());
}
