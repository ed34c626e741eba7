import type { Token } from './annotate';

/**
 * How a clause reports what it says. A rule names the polarities it needs or forbids; the one clause
 * splitter below decides them for every rule alike.
 */
export const POLARITIES = [
  'negated',
  'hedged',
  'conditional',
  'future',
  'past',
  'perfect',
  'reported',
  'unconfirmed',
  'denial',
  'recap',
  'question',
  'nonfinite',
  /** A participle after the noun it describes: "the agreement reached in July", "tariffs imposed on Korea". */
  'attributive',
  'subordinate',
  'infinitive',
  'pluperfect',
  'pastplan',
  /** The match is the condition itself: "if the 25% levies are imposed, ...". */
  'supposition',
] as const;
export type Polarity = (typeof POLARITIES)[number];

export interface Clause {
  from: number;
  /** Exclusive token index. */
  to: number;
  /** Who is reported as saying it ("Lutnick said ..."), when a reporting verb frames the clause. */
  speaker?: string;
  /** Opened by "as" with no comma ("braces as tariffs take effect"): simultaneous news, not background. */
  simultaneous?: boolean;
}

/** Words that open a new clause when they follow a comma or stand at a clause edge. */
const OPENERS = new Set([
  'but',
  'while',
  'whilst',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'after',
  'before',
  'when',
  'if',
  'unless',
  'which',
  'who',
  'as',
  'until',
  'once',
  'otherwise',
  'saying',
  'adding',
  'noting',
  'citing',
  'following',
]);
const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')']);
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'SYM']);

/**
 * "delayed twice as negotiations continued": "as", a subject, then a finite verb opens a clause of its
 * own even without a comma, so a pattern cannot join a verb of one clause to a noun of the other.
 * "as early as May", "as well as", "such as Korea" have no subject-and-verb and stay where they are.
 */
function opensBareAsClause(tokens: Token[], at: number): boolean {
  if (tokens[at].normal !== 'as' || ['such', 'well', 'so', 'same'].includes(tokens[at - 1]?.normal ?? ''))
    return false;
  let i = at + 1;
  // The subject may carry a prepositional phrase: "as negotiations with Seoul continued".
  while (
    i < tokens.length &&
    i <= at + 8 &&
    (SUBJECT_WORDS.has(tokens[i].pos) || (i > at + 1 && tokens[i].pos === 'ADP' && tokens[i].normal !== 'as'))
  )
    i += 1;
  const verb = tokens[i];
  return (
    i > at + 1 &&
    verb !== undefined &&
    (verb.pos === 'VERB' || verb.pos === 'AUX') &&
    !/ing$/.test(verb.normal) &&
    tokens[i - 1].normal !== 'to'
  );
}

function clauseFrom(from: number, to: number, simultaneous: boolean): Clause {
  return simultaneous ? { from, to, simultaneous } : { from, to };
}

/** One clause splitter: punctuation that ends a clause, and subordinating or contrasting words. */
export function splitClauses(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let simultaneous = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    const afterComma = i > 0 && tokens[i - 1].text === ',';
    // ", issued on July 7, warned ...": a participle after a comma opens a phrase that describes a noun.
    const participle =
      afterComma &&
      token.pos === 'VERB' &&
      !PLANNED.has(token.lemma) &&
      (/ed$/.test(token.normal) || IRREGULAR_PAST.has(token.normal));
    const bareAs = i > from && !afterComma && opensBareAsClause(tokens, i);
    const opens =
      i > from &&
      (participle ||
        bareAs ||
        (OPENERS.has(token.normal) &&
          (afterComma || ['but', 'while', 'whilst', 'whereas', 'unless', 'if'].includes(token.normal))));
    // "If no deal is reached, Korea will face 25%": a leading condition ends at its comma.
    const endsLeadingCondition =
      token.text === ',' && ['if', 'unless'].includes(tokens[from]?.normal ?? '') && i > from + 2;
    if (
      HARD_BREAKS.has(token.text) ||
      endsLeadingCondition ||
      (token.text === ',' && tokens[i + 1] && tokens[i + 1].normal === 'and')
    ) {
      if (i > from) clauses.push(clauseFrom(from, i, simultaneous));
      from = i + 1;
      simultaneous = false;
      continue;
    }
    if (opens) {
      clauses.push(clauseFrom(from, i, simultaneous));
      from = i;
      simultaneous = bareAs;
    }
  }
  if (from < tokens.length) clauses.push(clauseFrom(from, tokens.length, simultaneous));
  return clauses.length > 0 ? clauses : [{ from: 0, to: tokens.length }];
}

const NEGATORS = new Set(['not', 'no', 'never', 'without', 'neither', 'nor', "n't", 'none']);
const HEDGES = new Set([
  'can',
  'could',
  'might',
  'may',
  'would',
  'should',
  'possible',
  'possibly',
  'potential',
  'likely',
  'unlikely',
  'hope',
  'aim',
  'seek',
  'want',
  'try',
  'push',
  'urge',
  'call',
  'consider',
  'weigh',
  'mull',
  'near',
  'close',
  'nearing',
  'intend',
  'prepare',
  'ready',
  'willing',
  'race',
  'bid',
  'speculation',
  'prospect',
  'desire',
  'wish',
  'willingness',
  'eager',
  'keen',
  'chance',
  'odds',
  'possibility',
  'likelihood',
  'goal',
  'need',
  'must',
  'suppose',
  'propose',
  'suggest',
  'discuss',
  'seem',
  'appear',
]);
const PURPOSES = new Set(['effort', 'attempt', 'intent', 'intention', 'bid', 'drive', 'push']);
const EXPECTATIONS = new Set(['expect', 'believe', 'predict', 'anticipate', 'forecast', 'bet']);
const FUTURE = new Set(['will', 'shall', "'ll"]);
/** "is set to", "are due to", "is expected to": a plan, told in the present. */
const PLANNED = new Set(['set', 'due', 'expect', 'schedule', 'slate', 'plan', 'poise', 'go']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', 'has', 'have']);
/** "agreed to lower", "decided to cut": the infinitive is what was decided, not a plan. */
const DECIDED = new Set(['agree', 'decide', 'vote', 'move']);
const POSSESSIVES = new Set(["'s", '’s', 'its', 'their', 'his', 'her', 'our', 'your']);
const MODALS = new Set(['could', 'might', 'may', 'would', 'should']);
const OLD_MARKERS = new Set(['previously', 'originally', 'initially', 'formerly']);
const CONDITIONS = new Set(['if', 'unless', 'otherwise', 'whether', 'once', 'until', 'provided']);
const REPORTING = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'add',
  'note',
  'confirm',
  'claim',
  'report',
  'write',
  'post',
  'accord',
  'insist',
  'declare',
]);
/** Reporting verbs in the past, which shift the reported "will" to "would". */
const SAID = new Set([
  'said',
  'told',
  'added',
  'announced',
  'stated',
  'confirmed',
  'wrote',
  'noted',
  'explained',
]);
const WHEN_WORDS = new Set(['tomorrow', 'next', 'following', 'coming', 'later', 'week', 'month']);
const UNCONFIRMED = new Set([
  'reportedly',
  'rumor',
  'rumour',
  'speculation',
  'anonymity',
  'unnamed',
  'allegedly',
]);
const DENIALS = new Set([
  'deny',
  'dismiss',
  'refute',
  'retract',
  'reject',
  'false',
  'premature',
  'inaccurate',
  'groundless',
]);
const IRREGULAR_PAST = new Set([
  'met',
  'held',
  'struck',
  'made',
  'sent',
  'set',
  'cut',
  'began',
  'begun',
  'took',
  'taken',
  'went',
  'gone',
  'came',
  'agreed',
  'sought',
  'told',
  'said',
  'spoke',
  'spoken',
  'won',
  'left',
  'flew',
  'brought',
  'put',
  'kept',
  'broke',
  'ended',
]);

function isPastForm(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  return (token.normal !== token.lemma && /ed$/.test(token.normal)) || IRREGULAR_PAST.has(token.normal);
}

const RELATIVE_LINKS = new Set(['on', 'from', 'by', 'in', 'since', 'during', 'against', 'under', 'at']);

const NOUN_PHRASE = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN', 'SYM']);
const HYPHENS = new Set(['-', '–', '‑']);

/**
 * "a tariff on all goods imported from Korea": a participle that describes the object before it, not the
 * clause's own verb (its noun phrase follows a preposition or a verb).
 */
function isReducedRelative(tokens: Token[], i: number): boolean {
  if (!isPastForm(tokens[i]) || tokens[i - 1]?.pos !== 'NOUN') return false;
  const next = tokens[i + 1];
  // "reached in July", "announced this week": a preposition or a time follows, not an object.
  if (!next || !(RELATIVE_LINKS.has(next.normal) || next.classes.includes('DATE'))) return false;
  let j = i - 1;
  // "the Korea-US tariff agreement", "the stalled talks": hyphens and participles after a determiner are
  // words of the noun phrase.
  const inPhrase = (k: number) =>
    NOUN_PHRASE.has(tokens[k].pos) ||
    HYPHENS.has(tokens[k].text) ||
    (isPastForm(tokens[k]) && tokens[k - 1]?.pos === 'DET');
  while (j > 0 && inPhrase(j - 1)) j -= 1;
  const before = tokens[j - 1];
  if (!before || before.normal === 'under') return false;
  // "said talks resumed in Seoul": after a reporting verb the noun is a subject, and its verb is finite.
  return before.pos === 'ADP' || (before.pos === 'VERB' && !REPORTING.has(before.lemma));
}

/** "until Aug. 1" names a time, "until the talks succeed" a condition. */
function isCondition(tokens: Token[], i: number): boolean {
  if (!CONDITIONS.has(tokens[i].normal)) return false;
  if (tokens[i].normal !== 'until') return true;
  const next = tokens[i + 1];
  return !next || !(next.classes.includes('DATE') || next.classes.includes('NUM') || next.pos === 'PROPN');
}

/**
 * The polarities of the clause around the head token: what stands before the head inside its clause
 * (modals, "will", "if", negators) and what frames the sentence (a reporting or denying verb).
 */
export function clausePolarity(
  tokens: Token[],
  clause: Clause,
  head: number,
  matched: Set<number>,
): Set<Polarity> {
  const found = new Set<Polarity>();
  // The words that frame the match: its clause up to the last matched word, less the matched words themselves.
  const lastMatched = Math.max(head, ...matched);
  const framing = (i: number) =>
    i !== head && !(matched.has(i) && (NEGATORS.has(tokens[i].normal) || tokens[i].lemma === 'fail'));
  const before: Token[] = [];
  for (let i = clause.from; i < head; i += 1) if (framing(i)) before.push(tokens[i]);
  const inside: Token[] = [];
  for (let i = head + 1; i < lastMatched; i += 1) if (framing(i) && !matched.has(i)) inside.push(tokens[i]);
  const headToken = tokens[head];
  // A modal right after the match governs it too ("a deal announced on Friday could still fall apart").
  const trailing = tokens
    .slice(lastMatched + 1, Math.min(clause.to, lastMatched + 4))
    .filter((token) => token.pos === 'AUX' && MODALS.has(token.normal));
  const lead = before.slice(-7);
  const window = [...lead, ...inside, ...trailing];
  if (
    (headToken.negated &&
      ![...matched].some((i) => NEGATORS.has(tokens[i].normal) || tokens[i].lemma === 'fail')) ||
    window.some((token) => NEGATORS.has(token.normal)) ||
    before.some(
      (token, i) =>
        (token.lemma === 'fail' && i < before.length) ||
        (token.normal === 'yet' && before[i + 1]?.normal === 'to'),
    )
  )
    found.add('negated');
  // Reported speech shifts "will" to "would": "Kim said he would meet Lutnick again on Friday" is a plan when
  // it names its time ("would resume as soon as possible" stays a hope).
  const timed = tokens
    .slice(clause.from, clause.to)
    .some((token) => token.classes.includes('DATE') || WHEN_WORDS.has(token.normal));
  const reportedWill = (token: Token) =>
    timed &&
    token.normal === 'would' &&
    tokens
      .slice(Math.max(0, clause.from - 6), head)
      .some((other) => other.pos === 'VERB' && SAID.has(other.normal));
  if (window.some((token) => reportedWill(token))) found.add('future');
  if (
    window.some((token) => (HEDGES.has(token.lemma) || HEDGES.has(token.normal)) && !reportedWill(token)) ||
    // "Korea expects the US will extend": an expectation, unlike the plan in "is expected to".
    lead.some(
      (token, i) => EXPECTATIONS.has(token.lemma) && token.pos === 'VERB' && lead[i + 1]?.normal !== 'to',
    ) ||
    // "in an effort to lower", "a declaration of intent to reduce": a purpose, not a deed (unlike "an effort failed").
    lead.some((token, i) => PURPOSES.has(token.lemma) && lead[i + 1]?.normal === 'to')
  )
    found.add('hedged');
  for (let i = clause.from; i < clause.to; i += 1)
    if (isCondition(tokens, i)) {
      found.add('conditional');
      break;
    }
  if (
    window.some((token) => FUTURE.has(token.lemma) || FUTURE.has(token.normal)) ||
    (head > 0 && tokens[head - 1].normal === 'to' && headToken.pos !== 'NOUN') ||
    // "the summit to be held in Gyeongju": a passive infinitive.
    (head > 1 && tokens[head - 2].normal === 'to' && tokens[head - 1].normal === 'be') ||
    // Only before the match: "cancelled plans to meet" is no plan of its own.
    lead.some((token, i) => PLANNED.has(token.lemma) && lead[i + 1]?.normal === 'to') ||
    window.some((token, i) => token.lemma === 'be' && window[i + 1]?.normal === 'to') ||
    window.some((token, i) => token.lemma === 'go' && window[i + 1]?.normal === 'to')
  )
    found.add('future');
  // "was set to depart", "were to begin", "was supposed to attend": a plan as it stood, usually undone since.
  if (
    window.some(
      (token, i) =>
        (token.normal === 'was' || token.normal === 'were') &&
        (window[i + 1]?.normal === 'to' ||
          ((PLANNED.has(window[i + 1]?.lemma ?? '') || window[i + 1]?.lemma === 'suppose') &&
            window[i + 2]?.normal === 'to')),
    )
  )
    found.add('pastplan');
  // Tense is the head verb's own (or its auxiliary's): "said he is raising" is present.
  const auxiliary = head > 0 ? tokens[head - 1] : undefined;
  const beforeAuxiliary = head > 1 ? tokens[head - 2] : undefined;
  const clauseVerbPast = tokens
    .slice(clause.from, lastMatched + 1)
    .some(
      (token, i, span) =>
        isPastForm(token) &&
        !isReducedRelative(tokens, clause.from + i) &&
        !REPORTING.has(token.lemma) &&
        !PLANNED.has(token.lemma) &&
        !['be', 'been', 'will'].includes(span[i - 1]?.normal ?? ''),
    );
  if (
    isPastForm(headToken) ||
    (headToken.pos !== 'VERB' && clauseVerbPast) ||
    (auxiliary && PAST_AUXILIARIES.has(auxiliary.normal)) ||
    (auxiliary?.lemma === 'be' && beforeAuxiliary && PAST_AUXILIARIES.has(beforeAuxiliary.normal))
  )
    found.add('past');
  // "has imposed", "has also slapped": a form of "have", adverbs, then the past participle.
  const perfectFrom = (i: number) => {
    let j = i + 1;
    while (j < head && tokens[j].pos === 'ADV') j += 1;
    return j <= head && isPastForm(tokens[j]);
  };
  if (
    window.some((token, i) => token.lemma === 'have' && isPastForm(window[i + 1] ?? headToken)) ||
    tokens
      .slice(Math.max(clause.from, head - 4), head)
      .some((token, k) => token.lemma === 'have' && perfectFrom(Math.max(clause.from, head - 4) + k))
  )
    found.add('perfect');
  if (window.some((token) => token.normal === 'had')) found.add('recap');
  const clauseTokens = tokens.slice(clause.from, clause.to);
  if (
    clauseTokens.some(
      (token, i) =>
        OLD_MARKERS.has(token.normal) || (token.normal === 'earlier' && clauseTokens[i + 1]?.pos === 'NOUN'),
    )
  )
    found.add('recap');
  if (
    head > 0 &&
    tokens[head - 1].normal === 'to' &&
    headToken.pos === 'VERB' &&
    !DECIDED.has(tokens[head - 2]?.lemma ?? '')
  )
    found.add('infinitive');
  if (window.some((token) => token.normal === 'had')) found.add('pluperfect');
  const sentence = tokens;
  if (sentence.some((token) => REPORTING.has(token.lemma))) found.add('reported');
  if (sentence.some((token) => UNCONFIRMED.has(token.lemma) || UNCONFIRMED.has(token.normal)))
    found.add('unconfirmed');
  if (sentence.some((token, i) => DENIALS.has(token.lemma) && i < head + 12)) found.add('denial');
  if (sentence.some((token) => token.text === '?')) found.add('question');
  if (
    !clause.simultaneous &&
    ['when', 'which', 'after', 'since', 'as', 'while', 'because', 'although', 'though', 'before'].includes(
      tokens[clause.from]?.normal ?? '',
    )
  )
    found.add('subordinate');
  const gerund = /ing$/.test(headToken.normal) && headToken.pos === 'VERB';
  const progressive = tokens
    .slice(Math.max(clause.from, head - 3), head)
    .some((token) => token.lemma === 'be');
  if (
    (gerund && !progressive) ||
    (head > 0 && tokens[head - 1].pos === 'DET' && headToken.pos !== 'NOUN' && headToken.pos !== 'PROPN') ||
    // "the recently imposed tariff hikes"
    (head > 1 && tokens[head - 2].pos === 'DET' && tokens[head - 1].pos === 'ADV' && isPastForm(headToken)) ||
    // "Seoul's pledged $350 billion", "its agreed 15% rate": a participle used as an adjective.
    (head > 0 && POSSESSIVES.has(tokens[head - 1].normal) && isPastForm(headToken))
  )
    found.add('nonfinite');
  // "to discuss the agreement reached in July": the participle describes the object, it reports nothing.
  if (isReducedRelative(tokens, head)) found.add('attributive');
  return found;
}

/** The speaker of a reported clause: the proper nouns just before a reporting verb. */
export function speakerOf(tokens: Token[]): string | undefined {
  const at = tokens.findIndex((token) => REPORTING.has(token.lemma) && token.pos === 'VERB');
  if (at <= 0) return undefined;
  const names: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 4; i -= 1) {
    if (tokens[i].pos === 'PROPN' || tokens[i].pos === 'NOUN') names.unshift(tokens[i].text);
    else break;
  }
  return names.length > 0 ? names.join(' ') : undefined;
}
